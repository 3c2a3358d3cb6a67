package dev.kiln.search;

/** JSON text for the index files: string literals with only the escapes JSON requires. */
final class Json {
    private Json() {}

    static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        // Runs that need no escape (nearly all of a post's text) are copied whole.
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            String escape = escape(s, i);
            if (escape == null) continue;
            sb.append(s, run, i).append(escape);
            run = i + 1;
        }
        return sb.append(s, run, s.length()).append('"');
    }

    /** How JSON must write the character at {@code i}, or null when it stands as it is. */
    private static String escape(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029' && !Character.isSurrogate(c)) {
            return null;
        }
        if (c == '"' || c == '\\') return "\\" + c;
        if (c == '\n') return "\\n";
        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            // Not String.format: a tab in a code block made a Formatter each time.
            String hex = Integer.toHexString(c);
            return "\\u" + "0000".substring(hex.length()) + hex;
        }
        return pairedAt(s, i) ? null : "\\ufffd";
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    static StringBuilder field(StringBuilder sb, String name, String value) {
        if (sb.charAt(sb.length() - 1) != '{') sb.append(',');
        string(sb, name).append(':');
        return string(sb, value);
    }
}
