package dev.kiln.markdown;

/**
 * The readable text of HTML (raw HTML in Markdown, or a rendered body): tags dropped (a space where
 * they separate words), script and style contents dropped, character references decoded, white
 * space collapsed.
 */
final class PlainText {
    private PlainText() {}

    static String of(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) break;
                // The tag's name in place, html[from, to): no String per tag.
                int from = i + 1 < end && html.charAt(i + 1) == '/' ? i + 2 : i + 1;
                int to = nameEnd(html, from, end);
                // Heading permalinks (<a class="anchor">#</a>, see markdown.KilnHtmlNodeRenderer) are not text.
                boolean anchor = is(html, from, to, "a") && html.startsWith(" class=\"anchor\"", to);
                String skipped = is(html, from, to, "script") ? "script" : is(html, from, to, "style") ? "style"
                        : anchor ? "a" : null;
                if (skipped != null) {
                    int close = html.indexOf("</" + skipped, end);
                    end = close < 0 ? n - 1 : Math.max(end, html.indexOf('>', close));
                    if (end < 0) end = n - 1;
                }
                if (!isInline(html, from, to)) space(out);
                i = end + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String decoded = semi > i && semi - i < 12 ? entity(html.substring(i + 1, semi)) : null;
                if (decoded == null) {
                    out.append(c);
                    i++;
                } else {
                    append(out, decoded);
                    i = semi + 1;
                }
            } else {
                if (Character.isWhitespace(c) || c == '\u00a0') space(out);
                else out.append(c);
                i++;
            }
        }
        return out.toString().strip();
    }

    /** Whether {@code html} starts with a tag that separates words ({@code <br>}, {@code <div>}), not an inline one. */
    static boolean separatesWords(String html) {
        if (!html.startsWith("<")) return false;
        int from = html.startsWith("</") ? 2 : 1;
        int to = nameEnd(html, from, html.length());
        return to > from && !isInline(html, from, to);
    }

    /** Where the tag name starting at {@code from} ends (not past {@code limit}): no String per tag. */
    private static int nameEnd(String html, int from, int limit) {
        int to = from;
        while (to < limit && Character.isLetterOrDigit(html.charAt(to))) to++;
        return to;
    }

    private static boolean is(String html, int from, int to, String name) {
        return to - from == name.length() && html.regionMatches(true, from, name, 0, name.length());
    }

    /** Tags that can sit inside a word ({@code co<em>op</em>}); every other tag separates words. */
    private static final String[] INLINE = {"a", "em", "strong", "code", "span", "b", "i", "mark", "del", "s", "ins",
        "kbd", "abbr", "small", "u"};

    private static boolean isInline(String html, int from, int to) {
        for (String tag : INLINE) if (is(html, from, to, tag)) return true;
        return false;
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            default:
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) return Character.toString(Integer.parseInt(name.substring(2), 16));
            if (name.startsWith("#")) return Character.toString(Integer.parseInt(name.substring(1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static void append(StringBuilder out, String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isWhitespace(c) || c == '\u00a0') space(out);
            else out.append(c);
        }
    }

    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
    }
}
