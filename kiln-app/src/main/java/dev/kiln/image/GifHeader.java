package dev.kiln.image;

import java.util.Optional;

/**
 * A GIF's size: its logical screen, the canvas every frame is drawn on and what browsers size the
 * image by. A screen of 0 (some encoders write it) falls back to the first frame's size.
 */
final class GifHeader {
    private GifHeader() {}

    static boolean matches(byte[] b) {
        return Bytes.is(b, 0, "GIF87a") || Bytes.is(b, 0, "GIF89a");
    }

    static Optional<ImageInfo> read(byte[] b) {
        int width = Bytes.u16le(b, 6);
        int height = Bytes.u16le(b, 8);
        int flags = Bytes.u8(b, 10);
        if (flags < 0) return Optional.empty();
        if (width > 0 && height > 0) return ImageHeader.sized(ImageFormat.GIF, width, height);
        long at = 13 + ((flags & 0x80) != 0 ? 3L << ((flags & 7) + 1) : 0);
        while (true) {
            int block = Bytes.u8(b, at);
            if (block == 0x2c) return ImageHeader.sized(ImageFormat.GIF, Bytes.u16le(b, at + 5), Bytes.u16le(b, at + 7));
            if (block != 0x21) return Optional.empty(); // the trailer, or not a GIF after all
            at += 2; // introducer and label, then data sub-blocks until an empty one
            for (int size = Bytes.u8(b, at); size != 0; size = Bytes.u8(b, at)) {
                if (size < 0) return Optional.empty();
                at += size + 1;
            }
            at++;
        }
    }
}
