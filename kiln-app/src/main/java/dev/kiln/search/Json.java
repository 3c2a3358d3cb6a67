package dev.kiln.search;

/** JSON text for the index files: string literals with only the escapes JSON requires. */
final class Json {
    private Json() {}

    static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c == '\n') sb.append("\\n");
            else if (c < 0x20 || c == '\u2028' || c == '\u2029') sb.append(String.format("\\u%04x", (int) c));
            else if (Character.isSurrogate(c) && !pairedAt(s, i)) sb.append("\\ufffd");
            else sb.append(c);
        }
        return sb.append('"');
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
