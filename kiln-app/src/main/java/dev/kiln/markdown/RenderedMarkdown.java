package dev.kiln.markdown;

import dev.kiln.source.CompactText;
import java.util.List;
import java.util.Objects;

/**
 * A rendered Markdown body: its HTML (as UTF-8, the form pages are written in), the h2–h6
 * headings in order (the table of contents), the number of prose words, the excerpt as plain
 * text, the image destinations in order (percent-escapes decoded, as the {@link ImageResolver}
 * got them), and the readable text of the
 * whole body (headings, prose, code and the text of raw HTML, white space collapsed, also UTF-8),
 * which search indexes.
 */
public record RenderedMarkdown(CompactText body, List<Heading> headings, int wordCount, String excerpt,
                               List<String> images, CompactText readable) {
    /** Reading speed used by {@link #readingMinutes()}, in words per minute of prose. */
    public static final int WORDS_PER_MINUTE = 230;

    public RenderedMarkdown {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(readable, "readable");
        headings = List.copyOf(headings);
        images = List.copyOf(images);
        if (wordCount < 0) throw new IllegalArgumentException("negative word count " + wordCount);
    }

    /** The HTML (decoded anew on every call). */
    public String html() {
        return body.text();
    }

    /** The readable text (decoded anew on every call). */
    public String text() {
        return readable.text();
    }

    /** Minutes to read the prose at 230 words a minute, rounded to the nearest minute, at least 1. */
    public int readingMinutes() {
        return Math.max(1, (wordCount + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE);
    }
}
