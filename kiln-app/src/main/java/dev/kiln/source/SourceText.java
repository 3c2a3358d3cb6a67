package dev.kiln.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The decoded text of one file (UTF-8, BOM dropped, line ends kept as read) with a line index, so
 * that any offset can become a 1-based line and code-point column. LF, CRLF and a lone CR each end
 * a line, as in CommonMark. From {@link #decodeHead}, the text and its index cover the file's head
 * only (its front matter), while the bytes stay the whole file's.
 */
public final class SourceText {
    private final SourcePath path;
    private final String text;
    private final int[] lineStarts;
    /**
     * The file's bytes when the text was decoded from them (from {@link #utf8From}, after any BOM),
     * else null. A document keeps its body as UTF-8 and is checksummed as UTF-8: both are these
     * bytes, and encoding the text again took a pass over every source and allocated three bytes a
     * char (plus a substring for the body) for what was at hand.
     */
    private final byte[] utf8;
    private final int utf8From;

    /**
     * The largest text file Kiln reads. Parsing and rendering take memory many times a file's size
     * (a 50 MiB post needed 3 GiB), and no real post comes near this.
     */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private SourceText(SourcePath path, String text) {
        this(path, text, null, 0);
    }

    private SourceText(SourcePath path, String text, byte[] utf8, int utf8From) {
        this.path = Objects.requireNonNull(path, "path");
        this.text = Objects.requireNonNull(text, "text");
        this.lineStarts = indexLines(text);
        this.utf8 = utf8;
        this.utf8From = utf8From;
    }

    /** Text that is already decoded (tests, generated files); a leading BOM is dropped. */
    public static SourceText of(SourcePath path, String text) {
        return new SourceText(path, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * Decodes {@code bytes} as UTF-8. A file that is not UTF-8 text (NUL bytes, a UTF-16 byte-order
     * mark, invalid sequences) gives an error diagnostic at the first bad byte instead; so does a
     * file larger than {@link #MAX_BYTES}. The text keeps {@code bytes} (see {@link #compactFrom}):
     * they must not change afterwards.
     */
    public static Optional<SourceText> decode(SourcePath path, byte[] bytes, Diagnostics diagnostics) {
        return decode(path, bytes, bytes.length, diagnostics);
    }

    /**
     * As {@link #decode}, for a file of which only {@code bytes[0..headEnd)} is read as text (a
     * document's front matter and its fences): the rest is only checked to be UTF-8 without NUL,
     * and stays bytes, for {@link #compactFrom} (the body) and {@link #checksum} (the whole file),
     * while {@link #text} and the line index cover the head. A rest that is not clean text is
     * decoded with the head, as {@link #decode} does, to report where. Decoding a whole post to
     * find its front matter took 0.2-0.3 s of CPU at 10,000 generated posts and 128 MB of UTF-16
     * (one em dash makes a String two bytes a char), only for the body to be decoded again from
     * its bytes for Markdown; the check takes a third of that.
     */
    public static Optional<SourceText> decodeHead(SourcePath path, byte[] bytes, int headEnd, Diagnostics diagnostics) {
        if (headEnd < 0 || headEnd > bytes.length) throw new IllegalArgumentException("head end " + headEnd);
        boolean restIsClean = bytes.length <= MAX_BYTES && Utf8Check.isCleanText(bytes, headEnd, bytes.length);
        return decode(path, bytes, restIsClean ? headEnd : bytes.length, diagnostics);
    }

    /** Decodes {@code bytes[0..end)} (after a BOM), keeping all of {@code bytes} as the file's. */
    private static Optional<SourceText> decode(SourcePath path, byte[] bytes, int end, Diagnostics diagnostics) {
        if (bytes.length > MAX_BYTES) {
            diagnostics.add(Diagnostic.error("source.too-large", Location.startOf(path),
                    String.format(java.util.Locale.ROOT, "the file is %.1f MiB; Kiln reads text files up to %d MiB",
                            bytes.length / 1048576.0, MAX_BYTES / 1048576),
                    "split it into several posts, and keep images and data out of the Markdown", ""));
            return Optional.empty();
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            diagnostics.add(Diagnostic.error("source.encoding", Location.startOf(path),
                    "the file is UTF-16 text; Kiln reads UTF-8",
                    "save the file as UTF-8 in your editor", ""));
            return Optional.empty();
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < end; i++) {
            if (bytes[i] == 0) {
                SourceText prefix = new SourceText(path, lenient(bytes, start, i));
                diagnostics.add(Diagnostic.error("source.binary", prefix.locationAt(prefix.text.length()),
                        "the file contains a NUL byte, so it is not a text file",
                        "remove binary files from content/, or save the file as UTF-8 text", ""));
                return Optional.empty();
            }
        }
        // The JDK's own decoding first (a fast path for ASCII, no buffer at two bytes a byte): it
        // puts U+FFFD where the bytes are not UTF-8, so text without one was valid. Text with one
        // (invalid, or a replacement character written in the file) is decoded strictly.
        String fast = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) return Optional.of(new SourceText(path, fast, bytes, start));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
        CharBuffer out = CharBuffer.allocate(end - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            SourceText prefix = new SourceText(path, out.flip().toString());
            Location at = prefix.locationAt(prefix.text.length());
            diagnostics.add(Diagnostic.error("source.invalid-utf8", at,
                    "invalid UTF-8 at byte " + in.position() + " of the file",
                    "save the file as UTF-8 in your editor", prefix.line(at.line())));
            return Optional.empty();
        }
        return Optional.of(new SourceText(path, out.flip().toString(), bytes, start));
    }

    /** The text from UTF-16 offset {@code from} to the end, as UTF-8. */
    public CompactText compactFrom(int from) {
        if (utf8 == null) return CompactText.of(text.substring(from));
        int at = utf8From + utf8Length(from);
        return CompactText.ofUtf8(Arrays.copyOfRange(utf8, at, utf8.length));
    }

    /** {@link Checksum} of the text as UTF-8. */
    public String checksum() {
        if (utf8 == null) return Checksum.of(text.getBytes(StandardCharsets.UTF_8));
        return Checksum.of(utf8, utf8From, utf8.length - utf8From);
    }

    /** UTF-8 bytes of {@code text[0..end)}; the text came from valid UTF-8, so surrogates come in pairs. */
    private int utf8Length(int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private static String lenient(byte[] bytes, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    public SourcePath path() {
        return path;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The UTF-16 offset where 1-based line {@code n} starts. */
    public int lineStart(int n) {
        checkLine(n);
        return lineStarts[n - 1];
    }

    /** Line {@code n} (1-based) without its line end; empty past the last line. */
    public String line(int n) {
        if (n < 1 || n > lineStarts.length) return "";
        int from = lineStarts[n - 1];
        int to = n < lineStarts.length ? lineStarts[n] : text.length();
        while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) to--;
        return text.substring(from, to);
    }

    /** The location of a UTF-16 offset into the text. */
    public Location locationAt(int offset) {
        return locationAt(offset, 0);
    }

    /** The location of a UTF-16 offset, spanning {@code length} UTF-16 units. */
    public Location locationAt(int offset, int length) {
        offset = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        int start = lineStarts[line];
        int column = text.codePointCount(start, offset) + 1;
        int end = Math.min(text.length(), offset + Math.max(0, length));
        return new Location(path, line + 1, column, text.codePointCount(offset, end));
    }

    /** A location given as 1-based line and 1-based UTF-16 column (as most parsers report them). */
    public Location location(int line, int utf16Column, int length) {
        if (line < 1 || line > lineStarts.length) {
            return new Location(path, Math.max(1, Math.min(line, lineStarts.length)), 1, 0);
        }
        String l = line(line);
        int col = Math.max(0, Math.min(utf16Column - 1, l.length()));
        int end = Math.min(l.length(), col + Math.max(0, length));
        return new Location(path, line, l.codePointCount(0, col) + 1, l.codePointCount(col, end));
    }

    private void checkLine(int n) {
        if (n < 1 || n > lineStarts.length) {
            throw new IllegalArgumentException("line " + n + " outside 1.." + lineStarts.length + " of " + path);
        }
    }

    @Override
    public String toString() {
        return "SourceText[" + path + ", " + text.length() + " chars]";
    }
}
