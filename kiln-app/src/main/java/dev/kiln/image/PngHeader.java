package dev.kiln.image;

import java.util.Optional;

/**
 * A PNG's size from its IHDR chunk, which the format puts first. The checks are those the JDK's
 * PNG reader makes before it answers {@code getWidth}, so a header Java would refuse to decode
 * later gets no size now either.
 */
final class PngHeader {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngHeader() {}

    static boolean matches(byte[] b) {
        if (b.length < SIGNATURE.length) return false;
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (b[i] != SIGNATURE[i]) return false;
        }
        return true;
    }

    static Optional<ImageInfo> read(byte[] b) {
        if (Bytes.u32be(b, 8) != 13 || !Bytes.is(b, 12, "IHDR")) return Optional.empty();
        long width = Bytes.u32be(b, 16);
        long height = Bytes.u32be(b, 20);
        int depth = Bytes.u8(b, 24);
        int colour = Bytes.u8(b, 25);
        int compression = Bytes.u8(b, 26);
        int filter = Bytes.u8(b, 27);
        int interlace = Bytes.u8(b, 28);
        if (interlace < 0) return Optional.empty();
        boolean depthOk = depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
        boolean valid = depthOk && compression == 0 && filter == 0 && interlace <= 1 && switch (colour) {
            case 0 -> true; // grey: any depth
            case 3 -> depth <= 8; // palette
            case 2, 4, 6 -> depth >= 8; // RGB, grey + alpha, RGBA
            default -> false;
        };
        return valid ? ImageHeader.sized(ImageFormat.PNG, width, height) : Optional.empty();
    }
}
