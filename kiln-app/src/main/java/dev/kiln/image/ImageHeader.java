package dev.kiln.image;

import java.util.Optional;

/**
 * What an image file's first bytes say: its format, known by its signature rather than by its
 * name, and its size as a browser shows it. A few bytes of the header, read in plain Java: asking
 * ImageIO instead loads its plugin registry and AWT, a tenth of a second on a one-post build.
 */
final class ImageHeader {
    private ImageHeader() {}

    /** The format and displayed size of {@code bytes}; empty when no reader here understands the header. */
    static Optional<ImageInfo> read(byte[] bytes) {
        if (PngHeader.matches(bytes)) return PngHeader.read(bytes);
        if (GifHeader.matches(bytes)) return GifHeader.read(bytes);
        if (JpegHeader.matches(bytes)) return JpegHeader.read(bytes);
        if (WebpHeader.matches(bytes)) return WebpHeader.read(bytes);
        if (AvifHeader.matches(bytes)) return AvifHeader.read(bytes);
        return Optional.empty();
    }

    /** An info when both sides are positive. */
    static Optional<ImageInfo> sized(ImageFormat format, long width, long height) {
        if (width <= 0 || height <= 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) return Optional.empty();
        return Optional.of(new ImageInfo(format, (int) width, (int) height));
    }
}
