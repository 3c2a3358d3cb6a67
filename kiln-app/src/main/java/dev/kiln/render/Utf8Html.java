package dev.kiln.render;

import dev.kiln.source.CompactText;
import io.pebbletemplates.pebble.extension.escaper.SafeString;

/**
 * Trusted HTML kept as UTF-8, as a post's rendered body is: {@link Utf8Writer} copies the bytes
 * into the page as they are, where a String would be decoded from the body only to be encoded
 * again (both steps a pass over every body of the site). Anything else in a template that asks
 * for the text (a filter, a test) gets it decoded.
 */
final class Utf8Html extends SafeString {
    private final CompactText utf8;

    Utf8Html(CompactText utf8) {
        super("");
        this.utf8 = utf8;
    }

    /** The text as UTF-8, for the writer to copy. */
    CompactText utf8() {
        return utf8;
    }

    @Override
    public String toString() {
        return utf8.text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Utf8Html other && utf8.equals(other.utf8);
    }

    @Override
    public int hashCode() {
        return utf8.hashCode();
    }
}
