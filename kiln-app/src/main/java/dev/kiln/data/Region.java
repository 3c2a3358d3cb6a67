package dev.kiln.data;

import dev.kiln.source.Location;
import dev.kiln.source.SourceText;

/**
 * The part of a file that a parser reads, and the way back from the parser's positions to
 * locations in the whole file. Lone CRs become LFs (same length, so every offset stays valid)
 * because TOML does not accept them as line ends while SourceText and Markdown do.
 */
final class Region {
    private final SourceText file;
    private final int from;
    private final String text;
    /** Code-point index → UTF-16 offset into {@link #text}; null when both are the same. */
    private final int[] utf16Offsets;

    Region(SourceText file, int from, int to) {
        if (from < 0 || to < from || to > file.text().length()) {
            throw new IllegalArgumentException("region " + from + ".." + to + " outside " + file);
        }
        this.file = file;
        this.from = from;
        this.text = loneCrToLf(file.text().substring(from, to));
        this.utf16Offsets = hasSurrogates(text) ? utf16Offsets(text) : null;
    }

    SourceText file() {
        return file;
    }

    String text() {
        return text;
    }

    int codePointCount() {
        return utf16Offsets == null ? text.length() : utf16Offsets.length - 1;
    }

    /** The code point at a code-point index, or -1 past the end. */
    int codePointAt(int index) {
        if (index < 0 || index >= codePointCount()) return -1;
        return text.codePointAt(utf16(index));
    }

    /** The location of a code-point index into the region, spanning at most to the end of its line. */
    Location at(int index, int length) {
        int start = utf16(index);
        int end = utf16(Math.max(index, Math.min(index + length, codePointCount())));
        return clampedToLine(from + start, from + end);
    }

    Location start() {
        return file.locationAt(from);
    }

    /**
     * The location of a 1-based line of the whole file and a 1-based code-point column on it, for
     * parsers that count lines themselves; {@code length} is in UTF-16 units, clamped to the line.
     */
    Location atLineColumn(int line, int column, int length) {
        if (line < 1 || line > file.lineCount()) return start();
        String content = file.line(line);
        int lineStart = file.lineStart(line);
        int col = 0;
        for (int i = 1; i < column && col < content.length(); i++) {
            col += Character.charCount(content.codePointAt(col));
        }
        return clampedToLine(lineStart + col, lineStart + col + length);
    }

    /** The UTF-16 offset into the whole file of a 1-based file line and code-point column. */
    int fileOffset(int line, int column) {
        Location at = atLineColumn(line, column, 0);
        String content = file.line(at.line());
        return file.lineStart(at.line()) + content.offsetByCodePoints(0, at.column() - 1);
    }

    private Location clampedToLine(int start, int end) {
        int line = file.locationAt(start).line();
        int lineEnd = file.lineStart(line) + file.line(line).length();
        return file.locationAt(start, Math.max(0, Math.min(end, lineEnd) - start));
    }

    private int utf16(int index) {
        int clamped = Math.max(0, Math.min(index, codePointCount()));
        return utf16Offsets == null ? clamped : utf16Offsets[clamped];
    }

    private static String loneCrToLf(String s) {
        if (s.indexOf('\r') < 0) return s;
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) chars[i] = '\n';
        }
        return new String(chars);
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) return true;
        }
        return false;
    }

    private static int[] utf16Offsets(String s) {
        int[] offsets = new int[s.codePointCount(0, s.length()) + 1];
        int offset = 0;
        for (int i = 0; i < offsets.length - 1; i++) {
            offsets[i] = offset;
            offset += Character.charCount(s.codePointAt(offset));
        }
        offsets[offsets.length - 1] = s.length();
        return offsets;
    }
}
