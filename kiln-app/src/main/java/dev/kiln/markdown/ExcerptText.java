package dev.kiln.markdown;

import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Gathers the excerpt while a body is scanned: the prose before {@code <!--more-->} when the body
 * has the marker and text before it, else the first paragraph that has text (wherever it is: a
 * quote or list item counts). The scan leaves out headings, code, raw HTML and footnotes.
 */
final class ExcerptText {
    private static final int TEXT_LIMIT = ExcerptCut.MAX * 2;

    // Sized to the limit at once: without a marker, the text before it is the whole body's, and
    // growing both from 64 chars made four copies each per post (170 MB at 10,000 posts).
    private final CollapsedText beforeMarker = new CollapsedText(TEXT_LIMIT, TEXT_LIMIT);
    private final CollapsedText firstParagraph = new CollapsedText(TEXT_LIMIT, TEXT_LIMIT);
    private Paragraph paragraph;
    private boolean paragraphFound;
    private boolean markerSeen;

    void enterParagraph(Paragraph p) {
        if (!paragraphFound && paragraph == null) paragraph = p;
    }

    void exitParagraph(Node p) {
        if (p == paragraph) {
            paragraphFound = !firstParagraph.isEmpty();
            paragraph = null;
        }
    }

    void html(String literal) {
        markerSeen |= isMoreMarker(literal);
    }

    void text(String text) {
        if (!markerSeen) beforeMarker.append(text);
        if (paragraph != null) firstParagraph.append(text);
    }

    void boundary() {
        beforeMarker.space();
        firstParagraph.space();
    }

    /** The excerpt, shortened by {@link ExcerptCut}. */
    String excerpt() {
        String text = markerSeen && !beforeMarker.isEmpty() ? beforeMarker.toString() : firstParagraph.toString();
        return ExcerptCut.cut(text);
    }

    /** {@code <!--more-->}, also written with spaces ({@code <!-- more -->}) or in capitals. */
    static boolean isMoreMarker(String html) {
        String s = html.strip();
        return s.startsWith("<!--") && s.endsWith("-->") && s.length() >= 7
                && s.substring(4, s.length() - 3).strip().equalsIgnoreCase("more");
    }
}
