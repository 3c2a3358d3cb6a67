package dev.kiln.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text kept as UTF-8 bytes, for the Markdown sources and rendered bodies a build holds until their pages, feeds and
 * search entries are made. Java holds a String with any character beyond Latin-1 (one em dash
 * will do) at two bytes per character; mostly-ASCII HTML as UTF-8 takes half that, which at
 * 50,000 posts is the difference of about a gigabyte. Decoding on use is cheap next to rendering.
 */
public final class CompactText {
    /** No text. */
    public static final CompactText EMPTY = new CompactText(new byte[0]);

    private final byte[] utf8;

    private CompactText(byte[] utf8) {
        this.utf8 = utf8;
    }

    public static CompactText of(String text) {
        return new CompactText(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes a {@link Utf8Builder} encoded: UTF-8 by construction, and its own copy. */
    static CompactText ofUtf8(byte[] utf8) {
        return new CompactText(utf8);
    }

    /** The length in UTF-8 bytes. */
    public int size() {
        return utf8.length;
    }

    /** Copies the UTF-8 bytes into {@code target} at {@code offset}; returns the offset after them. */
    public int copyTo(byte[] target, int offset) {
        System.arraycopy(utf8, 0, target, offset, utf8.length);
        return offset + utf8.length;
    }

    /** The text (decoded anew on every call: callers use it once). */
    public String text() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** The UTF-8 bytes (a copy: the text stays as it is). */
    public byte[] utf8() {
        return utf8.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompactText other && Arrays.equals(utf8, other.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }

    @Override
    public String toString() {
        return text();
    }
}
