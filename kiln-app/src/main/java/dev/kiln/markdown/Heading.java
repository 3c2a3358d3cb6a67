package dev.kiln.markdown;

import java.util.Objects;

/** One h2–h6 heading of a rendered body: an entry of the table of contents. */
public record Heading(int level, String id, String text) {
    public Heading {
        if (level < 2 || level > 6) {
            throw new IllegalArgumentException("table-of-contents headings are h2 to h6, not h" + level);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
