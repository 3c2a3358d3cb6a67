package dev.kiln.source;

import java.io.Writer;

/**
 * A {@link Writer} whose chars a {@link Utf8Builder} encodes as they arrive, for libraries that
 * write into a Writer (Pebble's pages, the JDK's StAX feeds): whole runs of chars are encoded at
 * once, with no String or byte stream in between. Not thread-safe.
 */
public class Utf8BuilderWriter extends Writer {
    /** Where the bytes go; subclasses read them from here. */
    protected final Utf8Builder out;

    public Utf8BuilderWriter(Utf8Builder out) {
        this.out = out;
    }

    @Override
    public void write(int c) {
        out.append((char) c);
    }

    @Override
    public void write(char[] text, int off, int len) {
        out.append(text, off, len);
    }

    @Override
    public void write(String text, int off, int len) {
        out.append(text, off, off + len);
    }

    @Override
    public void flush() {
        // Nothing is buffered here: the builder holds every byte.
    }

    @Override
    public void close() {
        // Nothing to release, and the bytes stay readable in the builder.
    }
}
