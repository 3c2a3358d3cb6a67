package dev.kiln.image;

/**
 * The orientation tag (0x0112) of a JPEG's APP1 EXIF segment: 1 is upright, 5–8 mean the pixels
 * are stored a quarter turn from how the photo is shown. Only the first IFD is read, where
 * cameras put it; byte order as the TIFF header says ({@code II} or {@code MM}).
 */
final class ExifOrientation {
    private static final int TAG = 0x0112;
    private static final int SHORT = 3;
    private static final int LONG = 4;

    private ExifOrientation() {}

    /**
     * The orientation in the APP1 segment data between {@code start} and {@code end}; 1 when the
     * segment is not EXIF (XMP also uses APP1), has no such tag, or is cut short.
     */
    static int of(byte[] b, long start, long end) {
        if (end > b.length || !Bytes.is(b, start, "Exif\0\0")) return 1;
        long tiff = start + 6;
        boolean little;
        if (Bytes.is(b, tiff, "II")) {
            little = true;
        } else if (Bytes.is(b, tiff, "MM")) {
            little = false;
        } else {
            return 1;
        }
        if (u16(b, tiff + 2, little, end) != 42) return 1;
        long ifd = u32(b, tiff + 4, little, end);
        if (ifd < 8) return 1;
        int count = u16(b, tiff + ifd, little, end);
        for (int i = 0; i < count; i++) {
            long entry = tiff + ifd + 2 + 12L * i;
            int tag = u16(b, entry, little, end);
            if (tag < 0) return 1;
            if (tag != TAG) continue;
            int type = u16(b, entry + 2, little, end);
            long value = type == SHORT ? u16(b, entry + 8, little, end) : type == LONG ? u32(b, entry + 8, little, end) : -1;
            return value >= 1 && value <= 8 ? (int) value : 1;
        }
        return 1;
    }

    private static int u16(byte[] b, long at, boolean little, long end) {
        if (at + 2 > end) return -1;
        return little ? Bytes.u16le(b, at) : Bytes.u16be(b, at);
    }

    private static long u32(byte[] b, long at, boolean little, long end) {
        if (at + 4 > end) return -1;
        return little ? Bytes.u32le(b, at) : Bytes.u32be(b, at);
    }
}
