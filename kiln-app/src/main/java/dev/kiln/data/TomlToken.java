package dev.kiln.data;

/**
 * The text of the TOML value that starts at an offset, as written, for the {@code raw} text and
 * the length of a scalar's location (tomlj gives only where a value starts). Stops at the end
 * of the line.
 */
final class TomlToken {
    private TomlToken() {}

    static String at(String text, int from) {
        int end = from;
        char first = from < text.length() ? text.charAt(from) : '\n';
        if (first == '"' || first == '\'') {
            if (text.startsWith(String.valueOf(first).repeat(3), from)) {
                while (end < text.length() && !lineEnd(text.charAt(end))) end++;
                return text.substring(from, end);
            }
            end++;
            while (end < text.length() && !lineEnd(text.charAt(end)) && text.charAt(end) != first) {
                if (first == '"' && text.charAt(end) == '\\') end++;
                end++;
            }
            return text.substring(from, Math.min(text.length(), end + 1));
        }
        while (end < text.length()) {
            char c = text.charAt(end);
            // A date and a time may be separated by a space: 1979-05-27 07:32:00Z.
            boolean dateTimeSpace = c == ' ' && end - from == 10 && text.charAt(from + 4) == '-'
                    && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1));
            if (!dateTimeSpace && (lineEnd(c) || " \t,]}#".indexOf(c) >= 0)) break;
            end++;
        }
        return text.substring(from, end);
    }

    private static boolean lineEnd(char c) {
        return c == '\n' || c == '\r';
    }
}
