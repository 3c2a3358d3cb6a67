package dev.kiln.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every file Kiln wrote into an output folder, with its hash and size. It lives inside the output
 * folder as {@code .kiln-manifest}: that makes the folder self-describing, so Kiln recognises a
 * folder it created (and may clean) even after it was moved or the site's config changed. Text,
 * UTF-8, sorted by path, no timestamps, so the same site gives the same bytes:
 * <pre>
 * kiln-manifest 2
 * &lt;hash hex&gt; &lt;size&gt; &lt;path&gt;
 * </pre>
 * Version 1 (SHA-256 hashes) is still read: its hashes never equal today's, so each file is
 * rewritten once and the folder stays recognised as Kiln's.
 */
record Manifest(SortedMap<String, Entry> entries) {
    static final String FILE_NAME = ".kiln-manifest";
    private static final String HEADER = "kiln-manifest 2";
    private static final String HEADER_V1 = "kiln-manifest 1";
    private static final Pattern SIZE = Pattern.compile("0|[1-9][0-9]{0,17}");

    /** A file's hash and size; {@link #UNKNOWN} is a file Kiln wrote whose bytes it cannot vouch for. */
    record Entry(String hash, long size) {
        static final Entry UNKNOWN = new Entry("", -1);
    }

    /** An unreadable manifest: the folder cannot be proven to be Kiln's. */
    static final class Damaged extends IOException {
        private static final long serialVersionUID = 1L;

        Damaged(Path file, String why) {
            super(file + " is damaged or from a newer Kiln: " + why);
        }
    }

    Manifest {
        entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    /** The manifest in {@code folder}, or empty if there is none. */
    static Optional<Manifest> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        try {
            return Optional.of(parse(file, Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static Manifest parse(Path file, byte[] bytes) throws Damaged {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Damaged(file, "not UTF-8");
        }
        if (!text.endsWith("\n")) throw new Damaged(file, "it does not end with a line break");
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        int hashLength;
        if (lines[0].equals(HEADER)) hashLength = OutputFile.HASH_LENGTH;
        else if (lines[0].equals(HEADER_V1)) hashLength = 64;
        else throw new Damaged(file, "the first line is not \"" + HEADER + "\"");
        SortedMap<String, Entry> entries = new TreeMap<>();
        String previous = null;
        for (int i = 1; i < lines.length; i++) {
            String path = parseLine(lines[i], hashLength, entries);
            if (path == null) throw new Damaged(file, "line " + (i + 1) + " is not \"<hash> <size> <path>\"");
            if (previous != null && previous.compareTo(path) >= 0) {
                throw new Damaged(file, "line " + (i + 1) + " is out of order");
            }
            previous = path;
        }
        return new Manifest(entries);
    }

    /** Adds one {@code <hash> <size> <path>} line to {@code entries}; null if it is malformed. */
    private static String parseLine(String line, int hashLength, SortedMap<String, Entry> entries) {
        if (line.length() <= hashLength) return null;
        int sizeEnd = line.indexOf(' ', hashLength + 1);
        if (sizeEnd < 0 || line.charAt(hashLength) != ' ') return null;
        String hash = line.substring(0, hashLength);
        String size = line.substring(hashLength + 1, sizeEnd);
        String path = line.substring(sizeEnd + 1);
        if (!hash.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) return null;
        if (!SIZE.matcher(size).matches()) return null;
        try {
            OutputFile.requireCleanPath(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
        entries.put(path, new Entry(hash, Long.parseLong(size)));
        return path;
    }

    byte[] toBytes() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (e.getValue().equals(Entry.UNKNOWN)) throw new IllegalStateException("unknown hash for " + e.getKey());
            out.append(e.getValue().hash()).append(' ').append(e.getValue().size()).append(' ')
                    .append(e.getKey()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
