package dev.kiln.markdown;

import java.util.Objects;

/**
 * How Markdown is rendered: whether h2–h6 get a self-link anchor, and which highlighter renders
 * fenced code.
 */
public record MarkdownOptions(boolean headingAnchors, CodeHighlighter highlighter) {
    public MarkdownOptions {
        Objects.requireNonNull(highlighter, "highlighter");
    }

    /** Anchors on, no highlighting. */
    public static MarkdownOptions defaults() {
        return new MarkdownOptions(true, CodeHighlighter.NONE);
    }
}
