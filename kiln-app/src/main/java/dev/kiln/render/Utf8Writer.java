package dev.kiln.render;

import dev.kiln.source.CompactText;
import dev.kiln.source.Utf8Builder;
import dev.kiln.source.Utf8BuilderWriter;
import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import io.pebbletemplates.pebble.utils.StringUtils;

/**
 * A writer that encodes to UTF-8 as the template writes, for a page's bytes without the detours a
 * {@code StringWriter} takes: a synchronised buffer, a copy of the whole page at two bytes a
 * character once it holds one em dash, another copy for the String and the encoding at the end.
 * The bytes equal {@code String.getBytes(UTF_8)} of the same text, a lone surrogate included ('?')
 * (the encoding is {@link Utf8Builder}'s).
 * Not thread-safe; one page at a time.
 */
final class Utf8Writer extends Utf8BuilderWriter implements SpecializedWriter {
    Utf8Writer(int capacity) {
        super(new Utf8Builder(capacity));
    }

    /**
     * What a template prints ({@code {{ … }}}): Pebble hands the value itself to a
     * {@link SpecializedWriter}. {@link Utf8Html} is copied as it is; anything else is written as
     * Pebble would write it to any other writer.
     */
    @Override
    public void write(Object value) {
        if (value instanceof Utf8Html html) {
            out.append(html.utf8());
        } else {
            writeSpecialized(StringUtils.toString(value));
        }
    }

    @Override
    public void writeSpecialized(String s) {
        out.append(s);
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
        out.append(c);
    }

    /** Copies text that is already UTF-8. */
    void write(CompactText utf8) {
        out.append(utf8);
    }

    /** Forgets what was written, keeping the buffer (grown to the largest page) for the next page. */
    void reset() {
        out.reset();
    }

    /** The text written so far, in a value of its own. */
    CompactText toCompactText() {
        return out.toCompactText();
    }

    /** The bytes written so far, in an array of their own. */
    byte[] toByteArray() {
        return out.toByteArray();
    }
}
