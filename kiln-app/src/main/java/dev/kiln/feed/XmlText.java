package dev.kiln.feed;

/**
 * The sanitiser for text bound for XML (and JSON, which readers parse into the same strings): XML
 * 1.0 cannot hold C0 control characters other than tab, line feed and carriage return, U+FFFE,
 * U+FFFF or a surrogate without its pair, not even as character references, so they are dropped.
 */
final class XmlText {
    private XmlText() {}

    /** {@code text} without the characters XML 1.0 cannot hold; the same instance when it has none. */
    static String clean(String text) {
        int first = firstInvalid(text);
        if (first < 0) return text;
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (allowed(cp)) sb.appendCodePoint(cp);
            i += n;
        }
        return sb.toString();
    }

    /** The UTF-16 index of the first character XML cannot hold, or -1. */
    static int firstInvalid(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!allowed(cp)) return i;
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** XML 1.0's {@code Char} production; a lone surrogate comes out of codePointAt as itself. */
    private static boolean allowed(int cp) {
        if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
        if (cp < 0xD800) return true;
        if (cp <= 0xDFFF) return false;
        return cp != 0xFFFE && cp != 0xFFFF;
    }
}
