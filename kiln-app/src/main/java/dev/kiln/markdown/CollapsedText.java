package dev.kiln.markdown;

import dev.kiln.source.Utf8Builder;

/**
 * Plain text collected piece by piece with whitespace collapsed to single spaces and trimmed, up to
 * a limit (further text is ignored, so a huge body costs no memory for a 300-character excerpt).
 */
final class CollapsedText {
    private char[] chars;
    private int length;
    private final int limit;
    private boolean pendingSpace;

    CollapsedText(int limit) {
        this(limit, 64);
    }

    /** For about {@code expected} characters: a body's text grew from 64 chars in eight copies. */
    CollapsedText(int limit, int expected) {
        this.limit = limit;
        this.chars = new char[Math.max(64, Math.min(limit, expected))];
    }

    void append(String s) {
        if (length >= limit) return;
        append(s.toCharArray(), 0, s.length());
    }

    /**
     * Appends {@code text[from..to)}. An array, not a String: the whole body's text comes through
     * here, and C1, which batch builds run on, makes a String's charAt a call per char.
     */
    void append(char[] text, int from, int to) {
        int n = length;
        if (n >= limit) return;
        ensure(Math.min((long) n + (to - from) + 1, limit));
        char[] out = chars;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if ((c <= ' ' || c >= 127) && isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                pendingSpace = false;
                if (n > 0) {
                    out[n++] = ' ';
                    if (n >= limit) break;
                }
            }
            out[n++] = c;
            if (n >= limit) break;
        }
        length = n;
    }

    /** A word boundary: between blocks, and for line breaks. */
    void space() {
        pendingSpace = true;
    }

    boolean isEmpty() {
        return length == 0;
    }

    void appendTo(Utf8Builder out) {
        out.append(chars, 0, length);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
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

    private void ensure(long capacity) {
        if (capacity > chars.length) {
            chars = java.util.Arrays.copyOf(chars, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(capacity, chars.length * 2L)));
        }
    }
}
