package dev.kiln.render;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import io.pebbletemplates.pebble.utils.StringUtils;
import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that encodes to UTF-8 as the template writes, for a page's bytes without the detours a
 * {@code StringWriter} takes: a synchronised buffer, a copy of the whole page at two bytes a
 * character once it holds one em dash, another copy for the String and the encoding at the end.
 * The bytes equal {@code String.getBytes(UTF_8)} of the same text, a lone surrogate included ('?').
 * Not thread-safe; one page at a time.
 */
final class Utf8Writer extends Writer implements SpecializedWriter {
    private byte[] bytes;
    private int size;
    private final char[] chars = new char[2048];
    /** A high surrogate whose low half has not been written yet (0 for none). */
    private char high;

    Utf8Writer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int c) {
        chars[0] = (char) c;
        encode(chars, 0, 1);
    }

    @Override
    public void write(char[] text, int off, int len) {
        encode(text, off, len);
    }

    @Override
    public void write(String text, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, chars.length);
            text.getChars(off, off + n, chars, 0);
            encode(chars, 0, n);
            off += n;
            len -= n;
        }
    }

    /**
     * What a template prints ({@code {{ … }}}): Pebble hands the value itself to a
     * {@link SpecializedWriter}. {@link Utf8Html} is copied as it is; anything else is written as
     * Pebble would write it to any other writer.
     */
    @Override
    public void write(Object value) {
        if (value instanceof Utf8Html html) {
            byte[] utf8 = html.utf8();
            ensure(utf8.length + 1);
            if (high != 0) {
                bytes[size++] = '?';
                high = 0;
            }
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        } else {
            writeSpecialized(StringUtils.toString(value));
        }
    }

    @Override
    public void writeSpecialized(String s) {
        write(s, 0, s.length());
    }

    @Override
    public void writeSpecialized(int i) {
        writeSpecialized(String.valueOf(i));
    }

    @Override
    public void writeSpecialized(long l) {
        writeSpecialized(String.valueOf(l));
    }

    @Override
    public void writeSpecialized(double d) {
        writeSpecialized(String.valueOf(d));
    }

    @Override
    public void writeSpecialized(float f) {
        writeSpecialized(String.valueOf(f));
    }

    @Override
    public void writeSpecialized(short s) {
        writeSpecialized(String.valueOf(s));
    }

    @Override
    public void writeSpecialized(byte b) {
        writeSpecialized(String.valueOf(b));
    }

    @Override
    public void writeSpecialized(char c) {
        write(c);
    }

    /** Forgets what was written, keeping the buffer (grown to the largest page) for the next page. */
    void reset() {
        size = 0;
        high = 0;
    }

    /** The bytes written so far, in an array of their own. */
    byte[] toByteArray() {
        if (high != 0) {
            ensure(1);
            bytes[size++] = '?';
            high = 0;
        }
        return Arrays.copyOf(bytes, size);
    }

    private void encode(char[] text, int off, int len) {
        ensure(len * 3 + 1);
        byte[] b = bytes;
        int n = size;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = text[i];
            if (high != 0) {
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(high, c);
                    high = 0;
                    // Four bytes for two chars, within their reserve; a high half left by the last
                    // write has none here and uses the one extra byte reserved.
                    b[n++] = (byte) (0xF0 | cp >> 18);
                    b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[n++] = (byte) (0x80 | cp & 0x3F);
                    continue;
                }
                b[n++] = '?';
                high = 0;
            }
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                b[n++] = '?';
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = n;
    }

    private void ensure(int more) {
        if (bytes.length - size < more) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }

    @Override
    public void flush() {
        // Nothing is buffered elsewhere.
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
