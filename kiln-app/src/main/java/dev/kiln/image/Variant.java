package dev.kiln.image;

import java.util.Objects;

/** One resized copy of an image: its width in pixels and the format it is written in. */
public record Variant(int width, ImageFormat format) implements Comparable<Variant> {
    public Variant {
        Objects.requireNonNull(format, "format");
        if (width < 1) throw new IllegalArgumentException("width must be positive: " + width);
    }

    /**
     * The variant's file name beside the original: {@code photo.3f9a1c2b.960w.webp}. The content
     * hash makes a changed image a new URL (caches never show the old one).
     */
    public String fileName(String originalName, String contentHash) {
        int dot = originalName.lastIndexOf('.');
        String base = dot < 0 ? originalName : originalName.substring(0, dot);
        return base + "." + contentHash.substring(0, 8) + "." + width + "w." + format.extension();
    }

    @Override
    public int compareTo(Variant o) {
        int c = format.compareTo(o.format);
        return c != 0 ? c : Integer.compare(width, o.width);
    }
}
