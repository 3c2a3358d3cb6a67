package dev.kiln.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where on a template line a Pebble error points. Pebble reports only the line, but its messages
 * name the culprit in brackets ({@code Attribute [subtitel] of …}, {@code Unexpected token … of value "…"}), so the
 * column is where that name or token appears; otherwise the first non-blank character.
 */
record Span(int column, int length) {
    private static final Pattern VALUE = Pattern.compile("of value \"([^\"]+)\"");
    private static final Pattern NAMED = Pattern.compile("\\[([A-Za-z_][A-Za-z0-9_]*)\\]");

    static Span of(String line, String message) {
        Matcher m = NAMED.matcher(message);
        while (m.find()) {
            Matcher word = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(m.group(1)) + "(?![A-Za-z0-9_])").matcher(line);
            if (word.find()) {
                return new Span(line.codePointCount(0, word.start()) + 1, m.group(1).length());
            }
        }
        Matcher value = VALUE.matcher(message);
        if (value.find() && line.contains(value.group(1))) {
            return new Span(line.codePointCount(0, line.indexOf(value.group(1))) + 1, value.group(1).length());
        }
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        return new Span(i < line.length() ? line.codePointCount(0, i) + 1 : 1, 0);
    }
}
