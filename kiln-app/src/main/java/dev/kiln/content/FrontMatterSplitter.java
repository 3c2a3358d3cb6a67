package dev.kiln.content;

import dev.kiln.data.DataFormat;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.Location;
import dev.kiln.source.SourceText;
import java.util.Optional;

/**
 * Finds the front matter at the very top of a file: YAML between {@code ---} lines (closed by
 * {@code ---} or {@code ...}), TOML between {@code +++} lines, or a JSON object whose opening
 * brace is the first character and whose matching closing brace ends a line. Fence lines may carry
 * trailing spaces. Returns empty, with an error, only when the front matter is never closed.
 */
final class FrontMatterSplitter {
    private FrontMatterSplitter() {}

    static Optional<FrontMatterSplit> split(SourceText text, Diagnostics diagnostics) {
        String first = text.line(1);
        if (isFence(first, "---")) return fenced(text, DataFormat.YAML, "---", diagnostics);
        if (isFence(first, "+++")) return fenced(text, DataFormat.TOML, "+++", diagnostics);
        if (text.text().startsWith("{")) return json(text, diagnostics);
        return Optional.of(new FrontMatterSplit(Optional.empty(), 0, 0, Location.startOf(text.path()), text, 0, 1));
    }

    private static Optional<FrontMatterSplit> fenced(
            SourceText text, DataFormat format, String fence, Diagnostics diagnostics) {
        Location opening = text.locationAt(0, 3);
        for (int n = 2; n <= text.lineCount(); n++) {
            String line = text.line(n);
            if (isFence(line, fence) || format == DataFormat.YAML && isFence(line, "...")) {
                return Optional.of(new FrontMatterSplit(Optional.of(format), text.lineStart(2), text.lineStart(n),
                        opening, text, bodyFrom(text, n), n + 1));
            }
        }
        diagnostics.error("front-matter.unclosed", text, opening, "the front matter is never closed",
                "close the front matter with a line containing only " + fence);
        return Optional.empty();
    }

    private static Optional<FrontMatterSplit> json(SourceText text, Diagnostics diagnostics) {
        Location opening = text.locationAt(0, 1);
        int end = matchingBrace(text.text());
        if (end < 0) {
            diagnostics.error("front-matter.unclosed", text, opening, "the JSON front matter is never closed",
                    "close the JSON front matter with the matching } at the end of a line");
            return Optional.empty();
        }
        int line = text.locationAt(end).line();
        String rest = text.text().substring(end + 1, text.lineStart(line) + text.line(line).length());
        if (!rest.isBlank()) {
            int extra = end + 1 + (rest.length() - rest.stripLeading().length());
            diagnostics.error("front-matter.json", text, text.locationAt(extra, rest.strip().length()),
                    "text after the } that closes the JSON front matter",
                    "start the Markdown body on the line after the closing }");
            return Optional.empty();
        }
        return Optional.of(new FrontMatterSplit(Optional.of(DataFormat.JSON), 0, end + 1, opening, text,
                bodyFrom(text, line), line + 1));
    }

    /**
     * The offset of the } that closes the object opened at offset 0, or -1. Braces inside JSON
     * strings do not count; a line end also ends a string (JSON strings cannot span lines), so one
     * missing quote cannot hide the rest of the file.
     */
    private static int matchingBrace(String s) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"' || c == '\n' || c == '\r') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where everything after line {@code n} (the closing fence) starts. */
    private static int bodyFrom(SourceText text, int n) {
        return n < text.lineCount() ? text.lineStart(n + 1) : text.text().length();
    }

    /**
     * Where YAML front matter fenced by {@code ---} ends in a file's bytes: just after the line
     * end of its closing fence, found by the rules {@link #split} applies to the text (line ends
     * are ASCII, so the same in the bytes). -1 when the file does not open with such a fence, or
     * the closing fence has no line end after it: then the whole file is read as text.
     */
    static int yamlHeadEnd(byte[] b) {
        int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        int end = lineEnd(b, start);
        if (!isFence(b, start, end, '-')) return -1;
        while (end < b.length) {
            int next = nextLine(b, end);
            int lineEnd = lineEnd(b, next);
            if (lineEnd == b.length) return -1;
            if (isFence(b, next, lineEnd, '-') || isFence(b, next, lineEnd, '.')) return nextLine(b, lineEnd);
            end = lineEnd;
        }
        return -1;
    }

    /** Where the line after the line end at {@code end} (LF, CRLF or a lone CR) starts. */
    private static int nextLine(byte[] b, int end) {
        return end + (b[end] == '\r' && end + 1 < b.length && b[end + 1] == '\n' ? 2 : 1);
    }

    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n' && b[i] != '\r') i++;
        return i;
    }

    /** Three {@code c}, then only spaces and tabs, in {@code b[from..to)}. */
    private static boolean isFence(byte[] b, int from, int to, char c) {
        if (to - from < 3 || b[from] != c || b[from + 1] != c || b[from + 2] != c) return false;
        for (int i = from + 3; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') return false;
        }
        return true;
    }

    private static boolean isFence(String line, String fence) {
        if (!line.startsWith(fence)) return false;
        for (int i = fence.length(); i < line.length(); i++) {
            if (line.charAt(i) != ' ' && line.charAt(i) != '\t') return false;
        }
        return true;
    }
}
