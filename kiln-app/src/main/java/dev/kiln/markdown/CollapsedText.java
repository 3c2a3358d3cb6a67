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

    void append(String s) {
        // Runs of non-space characters are copied whole: the whole body's text comes through here.
        // A String, not a CharSequence: C1, which batch builds run on, calls an interface per char.
        int n = s.length();
        int i = 0;
        while (i < n && text.length() < limit) {
            if (isSpace(s.charAt(i))) {
                pendingSpace = true;
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && !isSpace(s.charAt(end))) end++;
            if (pendingSpace && text.length() > 0) text.append(' ');
            pendingSpace = false;
            int room = limit - text.length();
            text.append(s, i, end - i <= room ? end : i + room);
            i = end;
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
