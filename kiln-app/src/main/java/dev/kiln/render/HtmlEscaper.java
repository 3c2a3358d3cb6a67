package dev.kiln.render;

/**
 * Pebble's "html" escaping, done the same way (exactly as unbescape's {@code escapeHtml4Xml},
 * which Pebble uses: {@code & < > " '} and nothing else) in one plain pass. unbescape's general
 * escaper, with its escape levels and lookup tables, was 2 % of a large build's CPU samples: every
 * title, date and link of every page goes through it, and nearly none needs an escape.
 */
final class HtmlEscaper {
    private HtmlEscaper() {}

    /** {@code s} with the five markup characters escaped; {@code s} itself when it has none. */
    static String escape(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !isMarkup(s.charAt(i))) i++;
        if (i == n) return s;
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isMarkup(char c) {
        return c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'');
    }
}
