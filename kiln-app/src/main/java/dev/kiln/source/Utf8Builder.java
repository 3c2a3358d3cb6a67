package dev.kiln.source;

import java.util.Arrays;

/**
 * Text encoded to UTF-8 as it is appended, for what Kiln keeps or writes as UTF-8 anyway (page
 * bytes, rendered bodies): no String in between, which Java holds at two bytes a character once
 * it has one em dash, and whose encoding allocates three bytes a character before trimming. The
 * bytes equal {@code String.getBytes(UTF_8)} of the same text, a lone surrogate included ('?'),
 * also when a surrogate pair is split between two appends. Not thread-safe; reusable after
 * {@link #reset()}, keeping its buffer.
 */
public final class Utf8Builder implements Appendable {
    private byte[] bytes;
    private int size;
    private final char[] chars = new char[2048];
    /** A high surrogate whose low half has not been appended yet (0 for none). */
    private char high;

    public Utf8Builder(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public Utf8Builder append(CharSequence text) {
        return append(text, 0, text.length());
    }

    @Override
    public Utf8Builder append(CharSequence text, int start, int end) {
        if (text instanceof String s) {
            // Copied out in chunks: C1, which batch builds run on, makes charAt a call per char.
            while (start < end) {
                int n = Math.min(end - start, chars.length);
                s.getChars(start, start + n, chars, 0);
                append(chars, 0, n);
                start += n;
            }
        } else {
            for (int i = start; i < end; i++) append(text.charAt(i));
        }
        return this;
    }

    @Override
    public Utf8Builder append(char c) {
        chars[0] = c;
        append(chars, 0, 1);
        return this;
    }

    /** Appends {@code text[off..off+len)}. */
    public void append(char[] text, int off, int len) {
        ensure(len * 3 + 1);
        byte[] b = bytes;
        int n = size;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = text[i];
            if (c < 0x80 && high == 0) {
                // A run of ASCII (most of any page) in a loop of its own: C1, which batch builds
                // run on, keeps the general loop's field read and branches out of it (post pages
                // in a microbenchmark: 0.7 times the time).
                int j = i;
                do {
                    b[n++] = (byte) c;
                    if (++j == end) break;
                    c = text[j];
                } while (c < 0x80);
                i = j - 1;
                continue;
            }
            if (high != 0) {
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(high, c);
                    high = 0;
                    // Four bytes for two chars, within their reserve; a high half left by the last
                    // append has none here and uses the one extra byte reserved.
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

    /** Appends text that is UTF-8 already, as it is. */
    public void append(CompactText text) {
        ensure(text.size() + 1);
        closePair();
        size = text.copyTo(bytes, size);
    }

    /** Forgets what was appended, keeping the buffer (grown to the largest text) for the next. */
    public void reset() {
        size = 0;
        high = 0;
    }

    /** The bytes appended so far, in an array of their own. */
    public byte[] toByteArray() {
        ensure(1);
        closePair();
        return Arrays.copyOf(bytes, size);
    }

    /** The text appended so far, kept compact. */
    public CompactText toCompactText() {
        return CompactText.ofUtf8(toByteArray());
    }

    /** A high surrogate with no low half is written as String.getBytes writes it. */
    private void closePair() {
        if (high != 0) {
            bytes[size++] = '?';
            high = 0;
        }
    }

    private void ensure(int more) {
        if (bytes.length - size < more) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
}
