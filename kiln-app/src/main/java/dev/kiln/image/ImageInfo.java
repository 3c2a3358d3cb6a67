package dev.kiln.image;

import java.util.Objects;

/** An image's format and intrinsic size in CSS pixels; 0 when the file does not say (an SVG without size). */
public record ImageInfo(ImageFormat format, int width, int height) {
    public ImageInfo {
        Objects.requireNonNull(format, "format");
        if (width < 0 || height < 0) throw new IllegalArgumentException("negative size " + width + "x" + height);
    }

    public boolean hasSize() {
        return width > 0 && height > 0;
    }
}
