package dev.kiln.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paths a session is about to write, in {@code .kiln-journal} before any of them is published
 * (see {@link #record}), deleted once the new manifest is in place. A session that is aborted or killed leaves it behind,
 * so the next session still knows those files are Kiln's (and may replace or remove them) although
 * the manifest does not list them; it cannot trust their bytes, so it rewrites them. Records are
 * serialised by one lock, but only around a line of text, never around a file write.
 */
final class Journal implements AutoCloseable {
    static final String FILE_NAME = ".kiln-journal";
    private static final String HEADER = "kiln-journal 1\n";

    private final Path file;
    private final Optional<Set<String>> recovered;
    private FileChannel channel;
    private final StringBuilder pending = new StringBuilder();

    private Journal(Path file, Optional<Set<String>> recovered) {
        this.file = file;
        this.recovered = recovered;
    }

    /**
     * Takes over the journal in {@code folder}. A journal left by an interrupted session is first
     * rewritten without a line that was cut off mid-append, so new lines never extend it into a
     * different path.
     */
    static Journal resume(Path folder, AtomicReplace replace) throws IOException {
        Optional<Set<String>> recovered = read(folder);
        Path file = folder.resolve(FILE_NAME);
        if (recovered.isPresent()) {
            StringBuilder text = new StringBuilder(HEADER);
            recovered.get().forEach(path -> text.append(path).append('\n'));
            replace.replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new Journal(file, recovered);
    }

    /** The paths interrupted sessions were writing, or empty if the last session ended cleanly. */
    Optional<Set<String>> recovered() {
        return recovered;
    }

    /**
     * The paths recorded by interrupted sessions, or empty if there is no journal. A last line
     * without its line break was cut off mid-append, before its file was written, so it is dropped.
     */
    static Optional<Set<String>> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IOException(file + " is damaged: " + e.getMessage(), e);
        }
        if (!text.startsWith(HEADER)) {
            if (HEADER.startsWith(text)) return Optional.of(Set.of());
            throw new IOException(file + " is damaged: the first line is not \"" + HEADER.strip() + "\"");
        }
        Set<String> paths = new TreeSet<>();
        int start = HEADER.length();
        for (int end = text.indexOf('\n', start); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
            try {
                paths.add(OutputFile.requireCleanPath(text.substring(start, end)));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + " is damaged: it lists an unsafe path", e);
            }
        }
        return Optional.of(Collections.unmodifiableSet(paths));
    }

    /**
     * Notes {@code path} as about to be written. The journal file exists (with its header) once
     * this returns, so a killed session's temporary files get swept; the paths themselves reach it
     * in one write, by {@link #flush}, before the first file is published: until then no target
     * file of this session exists, and one write per path cost a system call per output file.
     * Thread-safe.
     */
    synchronized void record(String path) throws IOException {
        if (channel == null) {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            if (channel.size() == 0) writeFully(HEADER);
        }
        pending.append(path).append('\n');
    }

    /** Appends the paths recorded since the last flush; returns once they are in the file. */
    synchronized void flush() throws IOException {
        if (pending.length() == 0) return;
        writeFully(pending.toString());
        pending.setLength(0);
    }

    private void writeFully(String text) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) channel.write(buffer);
    }

    /** Closes and deletes the journal: the manifest now tells the whole truth. */
    synchronized void discard() throws IOException {
        close();
        Files.deleteIfExists(file);
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
