package dev.kiln.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The answers external URLs gave, with when, so that a second check within {@code expiry} does
 * not ask again. One line per URL: {@code epoch-seconds TAB status TAB url}. The caller keeps only
 * lasting answers (not timeouts, 429 or 5xx). A damaged line is ignored.
 */
final class LinkCache {
    private final Path file;
    private final Duration expiry;
    private final Map<String, Entry> entries = new TreeMap<>();

    record Entry(Instant checked, int status) {}

    private LinkCache(Path file, Duration expiry) {
        this.file = file;
        this.expiry = expiry;
    }

    static LinkCache load(Path file, Duration expiry) {
        LinkCache cache = new LinkCache(file, expiry);
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] parts = line.split("\t", 3);
                    if (parts.length != 3) continue;
                    try {
                        cache.entries.put(parts[2], new Entry(Instant.ofEpochSecond(Long.parseLong(parts[0])),
                                Integer.parseInt(parts[1])));
                    } catch (NumberFormatException e) {
                        // a damaged line: ask again
                    }
                }
            }
        } catch (IOException e) {
            // An unreadable cache only costs requests.
        }
        return cache;
    }

    /** The status {@code url} answered with, if that was less than {@code expiry} before {@code now}. */
    synchronized Optional<Integer> fresh(String url, Instant now) {
        Entry e = entries.get(url);
        if (e == null || e.checked().plus(expiry).isBefore(now)) return Optional.empty();
        return Optional.of(e.status());
    }

    synchronized void put(String url, int status, Instant now) {
        entries.put(url, new Entry(now, status));
    }

    /** Writes the cache next to its final name, then moves it in place, so a crash never leaves half a file. */
    synchronized void save() throws IOException {
        List<String> lines = new ArrayList<>();
        entries.forEach((url, e) -> lines.add(e.checked().getEpochSecond() + "\t" + e.status() + "\t" + url));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".kiln-tmp-", ".tsv");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
