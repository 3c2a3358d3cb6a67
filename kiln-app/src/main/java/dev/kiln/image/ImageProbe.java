package dev.kiln.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image's size without decoding its pixels: ImageIO's readers parse only the header for
 * {@code getWidth}/{@code getHeight}, so a site with thousands of photos stays cheap to build. SVG
 * sizes come from the root element ({@link SvgSize}); WebP and AVIF give a size-less info.
 */
public final class ImageProbe {
    private ImageProbe() {}

    /** The info of {@code bytes}, named as a {@code format} file; empty when no reader understands its header. */
    public static Optional<ImageInfo> probe(byte[] bytes, ImageFormat format) {
        if (format == ImageFormat.SVG) return SvgSize.of(bytes);
        if (!format.rasterReadable()) return Optional.of(new ImageInfo(format, 0, 0));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) return Optional.empty();
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    // Whatever reader knows the bytes: a JPEG saved as .png is still an image with a size.
                    reader.setInput(in, true, true);
                    int w = reader.getWidth(0);
                    int h = reader.getHeight(0);
                    return w > 0 && h > 0 ? Optional.of(new ImageInfo(format, w, h)) : Optional.empty();
                } finally {
                    reader.dispose();
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A truncated or hostile header is the user's file being broken, not Kiln: say so, do not crash.
            return Optional.empty();
        }
    }
}
