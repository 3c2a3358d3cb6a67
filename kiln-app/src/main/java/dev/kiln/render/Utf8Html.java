package dev.kiln.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Trusted HTML kept as UTF-8, as a post's rendered body is: {@link Utf8Writer} copies the bytes
 * into the page as they are, where a String would be decoded from the body only to be encoded
 * again (both steps a pass over every body of the site). Anything else in a template that asks
 * for the text (a filter, a test) gets it decoded.
 */
final class Utf8Html extends SafeString {
    private final byte[] utf8;

    Utf8Html(byte[] utf8) {
        super("");
        this.utf8 = utf8;
    }

    /** The bytes themselves, for the writer to copy; not to be changed. */
    byte[] utf8() {
        return utf8;
    }

    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Utf8Html other && Arrays.equals(utf8, other.utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8);
    }
}
