package dev.kiln.image;

import java.util.Optional;

/**
 * Reads an image's size without decoding its pixels, from a few bytes of its header
 * ({@link ImageHeader}), so a site with thousands of photos stays cheap to build and a build whose
 * images need no resizing never loads ImageIO or AWT. SVG sizes come from the root element
 * ({@link SvgSize}).
 */
public final class ImageProbe {
    private ImageProbe() {}

    /**
     * The info of {@code bytes}, named as a {@code format} file; empty when the header is not one of
     * that format's (or, for JPEG, PNG and GIF, of any of the three) or is broken. Never throws.
     */
    public static Optional<ImageInfo> probe(byte[] bytes, ImageFormat format) {
        if (format == ImageFormat.SVG) return SvgSize.of(bytes);
        Optional<ImageInfo> header = ImageHeader.read(bytes);
        if (header.isEmpty()) return Optional.empty();
        ImageFormat found = header.get().format();
        // A JPEG saved as .png is still an image with a size, and Java decodes it by its content
        // when it is resized; a WebP named .png is not something Java can resize.
        boolean accepted = format.rasterReadable() ? found.rasterReadable() : found == format;
        if (!accepted) return Optional.empty();
        return Optional.of(new ImageInfo(format, header.get().width(), header.get().height()));
    }
}
