package dev.kiln.search;

/** JSON text for the index files: string literals with only the escapes JSON requires. */
final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {}

    static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        // Runs that need no escape (nearly all of a post's text) are copied whole, and an escape is
        // appended where it is needed, not made as a String first (code is full of quotes).
        int run = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029'
                    && (!Character.isSurrogate(c) || pairedAt(s, i))) {
                continue;
            }
            sb.append(s, run, i);
            run = i + 1;
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (Character.isSurrogate(c)) {
                sb.append("\\ufffd");
            } else {
                sb.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                        .append(HEX[c & 15]);
            }
        }
        return sb.append(s, run, s.length()).append('"');
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
