package dev.kiln.markdown;

/**
 * Shortens excerpt text for lists and feeds: at most {@value #MAX} characters including the
 * ellipsis, cut at a word boundary, but never shorter than {@value #MIN} characters (a very long
 * word is cut inside).
 */
final class ExcerptCut {
    static final int MAX = 300;
    static final int MIN = 160;
    private static final String ELLIPSIS = "…";

    private ExcerptCut() {}

    /** {@code text} is already whitespace-collapsed and trimmed. */
    static String cut(String text) {
        if (text.length() <= MAX) return text;
        int limit = MAX - ELLIPSIS.length();
        int end = lastBoundary(text, limit);
        if (end < MIN) {
            end = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
        }
        while (end > 0 && isTrailingPunctuation(text.charAt(end - 1))) end--;
        return text.substring(0, end) + ELLIPSIS;
    }

    /** The largest index at most {@code limit} where the text may be cut between two words. */
    private static int lastBoundary(String text, int limit) {
        for (int i = limit; i > 0; i--) {
            char c = text.charAt(i);
            if (c == ' ') return i;
            // CJK text has no spaces: any point between two ideographs is a boundary.
            if (isCjk(c) && isCjk(text.charAt(i - 1))) return i;
        }
        return 0;
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-' || c == '—' || c == '–' || c == '、';
    }

    private static boolean isCjk(char c) {
        return (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7AF');
    }
}
