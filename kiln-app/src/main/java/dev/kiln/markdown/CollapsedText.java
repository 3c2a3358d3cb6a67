package dev.kiln.markdown;

/**
 * Plain text collected piece by piece with whitespace collapsed to single spaces and trimmed, up to
 * a limit (further text is ignored, so a huge body costs no memory for a 300-character excerpt).
 */
final class CollapsedText {
    private final StringBuilder text = new StringBuilder();
    private final int limit;
    private boolean pendingSpace;

    CollapsedText(int limit) {
        this.limit = limit;
    }

    void append(CharSequence s) {
        for (int i = 0, n = s.length(); i < n && text.length() < limit; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = true;
            } else {
                if (pendingSpace && text.length() > 0) text.append(' ');
                pendingSpace = false;
                text.append(c);
            }
        }
    }

    /** A word boundary: between blocks, and for line breaks. */
    void space() {
        pendingSpace = true;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** {@code s} trimmed, with runs of whitespace made single spaces. */
    static String collapse(String s) {
        CollapsedText t = new CollapsedText(Integer.MAX_VALUE);
        t.append(s);
        return t.toString();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B'
                || (c > 127 && Character.isWhitespace(c)) || c == '\u00A0';
    }
}
