package dev.kiln.image;

import java.util.Locale;
import java.util.Optional;

/** The image formats Kiln knows by file name, and what it can do with each. */
public enum ImageFormat {
    JPEG("jpg"),
    PNG("png"),
    GIF("gif"),
    SVG("svg"),
    WEBP("webp"),
    AVIF("avif");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** The format a file name's extension names, if it is an image Kiln knows. */
    public static Optional<ImageFormat> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        return switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "jpg", "jpeg" -> Optional.of(JPEG);
            case "png" -> Optional.of(PNG);
            case "gif" -> Optional.of(GIF);
            case "svg" -> Optional.of(SVG);
            case "webp" -> Optional.of(WEBP);
            case "avif" -> Optional.of(AVIF);
            default -> Optional.empty();
        };
    }

    /** The extension variants of this format get. */
    public String extension() {
        return extension;
    }

    /**
     * Whether Kiln makes smaller variants: JPEG and PNG. A GIF may be animated (resizing would
     * keep one frame), an SVG scales by itself, and the JDK reads neither WebP nor AVIF.
     */
    public boolean resizable() {
        return this == JPEG || this == PNG;
    }

    /**
     * Whether the JDK decodes it (JPEG, PNG, GIF). It picks its decoder by the bytes, so a file
     * named as one of these may hold any of the three.
     */
    boolean rasterReadable() {
        return this == JPEG || this == PNG || this == GIF;
    }
}
