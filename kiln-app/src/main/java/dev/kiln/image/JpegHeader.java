package dev.kiln.image;

import java.util.Optional;

/**
 * A JPEG's size from its frame header (SOFn). The markers are walked from the start, each
 * segment skipped by its length, so a megabyte of EXIF or ICC data costs nothing. An EXIF
 * orientation of 5–8 (the camera was turned a quarter) swaps the width and height, as browsers
 * do when they show the photo upright.
 *
 * <p>The walk goes on to the first scan (SOS) and checks the tables on the way as libjpeg does,
 * because that is where the JDK's reader stopped when it gave the size: a file it could not get
 * that far in (lossless or hierarchical frames, broken tables, unknown markers, cut before its
 * first scan) still gets no size, rather than a size that would make Kiln try to resize a file
 * Java cannot decode.
 */
final class JpegHeader {
    private static final int SOI = 0xd8;
    private static final int EOI = 0xd9;
    private static final int SOS = 0xda;
    private static final int DQT = 0xdb;
    private static final int DNL = 0xdc;
    private static final int DRI = 0xdd;
    private static final int DHT = 0xc4;
    private static final int DAC = 0xcc;
    private static final int APP0 = 0xe0;
    private static final int APP1 = 0xe1;
    private static final int APP15 = 0xef;
    private static final int COM = 0xfe;

    private JpegHeader() {}

    static boolean matches(byte[] b) {
        return Bytes.u8(b, 0) == 0xff && Bytes.u8(b, 1) == SOI;
    }

    static Optional<ImageInfo> read(byte[] b) {
        int orientation = 0;
        long frame = -1; // where the frame header's length field is, once seen
        long at = 2;
        while (true) {
            // Like libjpeg, skip stray bytes up to the next 0xFF, then any 0xFF fill bytes.
            int c = Bytes.u8(b, at);
            while (c >= 0 && c != 0xff) c = Bytes.u8(b, ++at);
            while (c == 0xff) c = Bytes.u8(b, ++at);
            if (c < 0) return Optional.empty(); // cut before its first scan
            at++;
            int marker = c;
            if (marker == 0x00 || marker == 0x01 || (marker >= 0xd0 && marker < SOI)) continue; // no length
            if (marker == SOI || marker == EOI) return Optional.empty(); // a second image start, or no image
            int length = Bytes.u16be(b, at);
            if (length < 2 || !Bytes.has(b, at, length)) return Optional.empty();
            boolean fine;
            if (isFrame(marker)) {
                fine = frame < 0 && frameHeader(b, at, length, marker);
                frame = at;
            } else if (marker == SOS) {
                return frame >= 0 && scanHeader(b, at, length, frame) ? size(b, frame, orientation) : Optional.empty();
            } else if (marker == APP1) {
                // The first EXIF segment counts; an APP1 may also be XMP.
                if (orientation == 0 && Bytes.is(b, at + 2, "Exif\0\0")) {
                    orientation = ExifOrientation.of(b, at + 2, at + length);
                }
                fine = true;
            } else {
                fine = tables(b, at, length, marker);
            }
            if (!fine) return Optional.empty();
            at += length;
        }
    }

    private static boolean isFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != DHT && marker != DAC;
    }

    /**
     * Baseline, extended, progressive, and their arithmetic-coded forms (what libjpeg reads), with
     * what libjpeg checks before its first scan: 8-bit samples, sides of 1 to 65,500, 1 to 10
     * components with sampling factors of 1 to 4.
     */
    private static boolean frameHeader(byte[] b, long at, int length, int marker) {
        boolean readable = marker == 0xc0 || marker == 0xc1 || marker == 0xc2 || marker == 0xc9 || marker == 0xca;
        int height = Bytes.u16be(b, at + 3);
        int width = Bytes.u16be(b, at + 5);
        int components = Bytes.u8(b, at + 7);
        if (!readable || Bytes.u8(b, at + 2) != 8 || height < 1 || height > 65_500 || width < 1 || width > 65_500
                || components < 1 || components > 10 || length != 8 + 3 * components) {
            return false;
        }
        for (int k = 0; k < components; k++) {
            int sampling = Bytes.u8(b, at + 9 + 3L * k);
            int h = sampling >> 4;
            int v = sampling & 0x0f;
            if (h < 1 || h > 4 || v < 1 || v > 4) return false;
        }
        return true;
    }

    /** A scan of 1–4 distinct components, each one of the frame's. */
    private static boolean scanHeader(byte[] b, long at, int length, long frame) {
        int n = Bytes.u8(b, at + 2);
        if (n < 1 || n > 4 || length != 6 + 2 * n) return false;
        int components = Bytes.u8(b, frame + 7);
        boolean[] seen = new boolean[components];
        for (int i = 0; i < n; i++) {
            int id = Bytes.u8(b, at + 3 + 2L * i);
            int index = -1;
            for (int k = 0; k < components && index < 0; k++) {
                if (Bytes.u8(b, frame + 8 + 3L * k) == id) index = k;
            }
            if (index < 0 || seen[index]) return false;
            seen[index] = true;
        }
        return true;
    }

    /** The segments between markers: tables checked as libjpeg checks them, the rest skipped. */
    private static boolean tables(byte[] b, long at, int length, int marker) {
        long end = at + length;
        long p = at + 2;
        switch (marker) {
            case DQT:
                while (p < end) {
                    int n = Bytes.u8(b, p);
                    if ((n & 0x0f) >= 4) return false;
                    p += 1 + ((n >> 4) != 0 ? 128 : 64);
                }
                return p == end;
            case DHT:
                while (end - p > 16) {
                    int index = Bytes.u8(b, p);
                    int count = 0;
                    for (int i = 1; i <= 16; i++) count += Bytes.u8(b, p + i);
                    p += 17;
                    if (count > 256 || count > end - p) return false;
                    p += count;
                    if ((index & 0x10) != 0) index -= 0x10;
                    if (index >= 4) return false;
                }
                return p == end;
            case DAC:
                while (p < end) {
                    int index = Bytes.u8(b, p);
                    int value = Bytes.u8(b, p + 1);
                    p += 2;
                    if (index >= 32 || index < 16 && (value & 0x0f) > (value >> 4)) return false;
                }
                return p == end;
            case DRI:
                return length == 4;
            case DNL:
            case COM:
                return true;
            default:
                // APPn data is skipped; any other marker is one libjpeg's JDK build does not read past.
                return marker >= APP0 && marker <= APP15;
        }
    }

    private static Optional<ImageInfo> size(byte[] b, long frame, int orientation) {
        int height = Bytes.u16be(b, frame + 3);
        int width = Bytes.u16be(b, frame + 5);
        boolean quarterTurn = orientation >= 5 && orientation <= 8;
        return quarterTurn
                ? ImageHeader.sized(ImageFormat.JPEG, height, width)
                : ImageHeader.sized(ImageFormat.JPEG, width, height);
    }
}
