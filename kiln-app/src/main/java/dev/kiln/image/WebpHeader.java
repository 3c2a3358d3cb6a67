package dev.kiln.image;

import java.util.Optional;

/**
 * A WebP's size from its first chunk after the RIFF header: {@code VP8 } (lossy: the key frame's
 * 14-bit width and height), {@code VP8L} (lossless: width − 1 and height − 1 packed in 14 bits
 * each) or {@code VP8X} (extended, for alpha, animation or metadata: the canvas size − 1 in 24 bits
 * each).
 */
final class WebpHeader {
    private static final int DATA = 20; // "RIFF", size, "WEBP", then the chunk's tag and size

    private WebpHeader() {}

    static boolean matches(byte[] b) {
        return Bytes.is(b, 0, "RIFF") && Bytes.is(b, 8, "WEBP");
    }

    static Optional<ImageInfo> read(byte[] b) {
        long chunk = Bytes.u32le(b, 16);
        if (Bytes.is(b, 12, "VP8 ") && chunk >= 10) {
            boolean keyFrame = (Bytes.u8(b, DATA) & 1) == 0;
            boolean startCode = Bytes.u8(b, DATA + 3) == 0x9d && Bytes.u8(b, DATA + 4) == 0x01 && Bytes.u8(b, DATA + 5) == 0x2a;
            int width = Bytes.u16le(b, DATA + 6);
            int height = Bytes.u16le(b, DATA + 8);
            if (!keyFrame || !startCode || height < 0) return Optional.empty();
            // The top two bits are an upscaling hint for the decoder, not part of the size.
            return ImageHeader.sized(ImageFormat.WEBP, width & 0x3fff, height & 0x3fff);
        }
        if (Bytes.is(b, 12, "VP8L") && chunk >= 5) {
            long bits = Bytes.u32le(b, DATA + 1);
            if (Bytes.u8(b, DATA) != 0x2f || bits < 0 || (bits >>> 29) != 0) return Optional.empty();
            return ImageHeader.sized(ImageFormat.WEBP, (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
        }
        if (Bytes.is(b, 12, "VP8X") && chunk >= 10) {
            int width = Bytes.u24le(b, DATA + 4);
            int height = Bytes.u24le(b, DATA + 7);
            if (width < 0 || height < 0) return Optional.empty();
            return ImageHeader.sized(ImageFormat.WEBP, width + 1L, height + 1L);
        }
        return Optional.empty();
    }
}
