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

    /** The length of {@link #string(byte[], byte[], int)}'s literal for {@code utf8}, quotes included. */
    static int stringLength(byte[] utf8) {
        int length = utf8.length + 2;
        for (int i = 0; i < utf8.length; i++) {
            int b = utf8[i];
            if (b >= 0x20) {
                if (b == '"' || b == '\\') length++;
            } else if (b >= 0) {
                length += b == '\n' ? 1 : 5;
            } else if (b == (byte) 0xE2 && isLineSeparator(utf8, i)) {
                length += 3;
            }
        }
        return length;
    }

    /**
     * Writes the JSON string literal of the UTF-8 text {@code utf8} into {@code out} at {@code at},
     * with the escapes of {@link #string(StringBuilder, String)} (a post's text is kept as UTF-8 and
     * goes into its result file without being decoded); returns the position after it.
     */
    static int string(byte[] utf8, byte[] out, int at) {
        out[at++] = '"';
        int run = 0;
        for (int i = 0; i < utf8.length; i++) {
            int b = utf8[i];
            if (b >= 0x20 ? b != '"' && b != '\\' : b < 0 && (b != (byte) 0xE2 || !isLineSeparator(utf8, i))) continue;
            System.arraycopy(utf8, run, out, at, i - run);
            at += i - run;
            run = i + 1;
            out[at++] = '\\';
            if (b == '"' || b == '\\') {
                out[at++] = (byte) b;
            } else if (b == '\n') {
                out[at++] = 'n';
            } else {
                int c = b >= 0 ? b : 0x2028 + (utf8[i + 2] & 1);
                out[at++] = 'u';
                out[at++] = (byte) HEX[c >> 12];
                out[at++] = (byte) HEX[c >> 8 & 15];
                out[at++] = (byte) HEX[c >> 4 & 15];
                out[at++] = (byte) HEX[c & 15];
                if (b < 0) run = i + 3;
            }
        }
        System.arraycopy(utf8, run, out, at, utf8.length - run);
        at += utf8.length - run;
        out[at++] = '"';
        return at;
    }

    /** U+2028 or U+2029 (E2 80 A8/A9 in UTF-8): JavaScript before ES2019 ends a string literal there. */
    private static boolean isLineSeparator(byte[] utf8, int i) {
        return utf8[i] == (byte) 0xE2 && i + 2 < utf8.length && utf8[i + 1] == (byte) 0x80
                && (utf8[i + 2] == (byte) 0xA8 || utf8[i + 2] == (byte) 0xA9);
    }

    static StringBuilder field(StringBuilder sb, String name, String value) {
        if (sb.charAt(sb.length() - 1) != '{') sb.append(',');
        string(sb, name).append(':');
        return string(sb, value);
    }
}
