package dev.kiln.markdown;

import java.util.List;
import java.util.Objects;

/**
 * A rendered Markdown body: its HTML, the h2–h6 headings in order (the table of contents), the
 * number of prose words, the excerpt as plain text, the image destinations in order
 * (percent-escapes decoded, as the {@link ImageResolver} got them), and the readable text of the
 * whole body (headings, prose, code and the text of raw HTML, white space collapsed), which search indexes.
 */
public record RenderedMarkdown(String html, List<Heading> headings, int wordCount, String excerpt, List<String> images,
                               String text) {
    /** Reading speed used by {@link #readingMinutes()}, in words per minute of prose. */
    public static final int WORDS_PER_MINUTE = 230;

    public RenderedMarkdown {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(text, "text");
        headings = List.copyOf(headings);
        images = List.copyOf(images);
        if (wordCount < 0) throw new IllegalArgumentException("negative word count " + wordCount);
    }

    /** Minutes to read the prose at 230 words a minute, rounded to the nearest minute, at least 1. */
    public int readingMinutes() {
        return Math.max(1, (wordCount + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE);
    }
}
