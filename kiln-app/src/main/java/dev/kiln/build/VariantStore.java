package dev.kiln.build;

import dev.kiln.image.Variant;
import dev.kiln.output.OutputDir;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resized images kept between builds, so an image is encoded once: by key (the source's content
 * hash, the width, the quality and the format), in {@code .kiln-cache/images/} inside the output
 * folder — Kiln writes nowhere else — and, for the dev server, in memory. The key changes with
 * anything that changes the bytes, so an entry is never stale; entries no build used are pruned.
 */
final class VariantStore {
    static final String FOLDER = ".kiln-cache/images";

    private final Map<String, byte[]> memory;
    /**
     * A build's variants made before its output folder was accepted (the WebP copies that decide
     * whether an image gets WebP variants at all, see {@link MediaLibrary#webpSmaller}): written
     * to the cache on {@link #attach}, and handed once to the job that publishes them.
     */
    private final Map<String, byte[]> early = new ConcurrentHashMap<>();
    private volatile Optional<Path> disk = Optional.empty();
    private volatile Optional<Path> readOnly = Optional.empty();
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private VariantStore(boolean inMemory) {
        this.memory = inMemory ? new ConcurrentHashMap<>() : null;
    }

    /** A store for one build: the disk cache once {@link #attach} names the output folder. */
    static VariantStore forBuild() {
        return new VariantStore(false);
    }

    /** A store that keeps every variant in memory (the dev server, which never writes). */
    static VariantStore inMemory() {
        return new VariantStore(true);
    }

    /** The key of {@code variant} of the image with content hash {@code hash}, at {@code quality}. */
    static String key(String hash, Variant variant, int quality) {
        return hash.substring(0, 16) + "-" + variant.width() + "-q" + quality + "." + variant.format().extension();
    }

    /** Reads and writes the cache in {@code dir}, which the build has accepted as its output folder. */
    void attach(OutputDir dir) {
        disk = Optional.of(dir.resolve(FOLDER + "/x").getParent());
        early.forEach(this::write);
    }

    /**
     * Reads the cache of an output folder that exists, without ever writing it ({@code kiln serve},
     * {@code kiln check}, and a build until {@link #attach} accepts the folder).
     */
    void readFrom(Path outputFolder) {
        Path folder = outputFolder.resolve(FOLDER);
        if (Files.isDirectory(folder)) readOnly = Optional.of(folder);
    }

    Optional<byte[]> get(String key) {
        used.add(key);
        byte[] made = early.remove(key);
        if (made != null) return Optional.of(made);
        if (memory != null) {
            byte[] b = memory.get(key);
            if (b != null) return Optional.of(b);
        }
        for (Optional<Path> folder : java.util.List.of(disk, readOnly)) {
            if (folder.isEmpty()) continue;
            Path file = folder.get().resolve(key);
            try {
                if (Files.isRegularFile(file)) {
                    byte[] b = Files.readAllBytes(file);
                    if (memory != null) memory.put(key, b);
                    return Optional.of(b);
                }
            } catch (IOException e) {
                // An unreadable entry is made again.
            }
        }
        return Optional.empty();
    }

    void put(String key, byte[] bytes) {
        used.add(key);
        if (memory != null) memory.put(key, bytes);
        write(key, bytes);
    }

    /**
     * As {@link #put}, for a variant made while the pages are assembled, before a build's output
     * folder is accepted: then it is held until {@link #attach} writes it, and {@link #get} hands
     * it over once.
     */
    void putEarly(String key, byte[] bytes) {
        used.add(key);
        if (memory != null) memory.put(key, bytes);
        else if (disk.isEmpty()) early.put(key, bytes);
        write(key, bytes);
    }

    private void write(String key, byte[] bytes) {
        if (disk.isEmpty()) return;
        try {
            Path folder = disk.get();
            Files.createDirectories(folder);
            // Written beside and renamed, so a killed build never leaves half an image under a valid key.
            Path tmp = Files.createTempFile(folder, ".tmp-", "");
            Files.write(tmp, bytes);
            Files.move(tmp, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The cache only saves time: without it the next build encodes again.
        }
    }

    /** Deletes the entries this build did not use (and leftovers of a killed build); all are Kiln's own. */
    void prune() {
        if (disk.isEmpty() || !Files.isDirectory(disk.get())) return;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(disk.get())) {
            for (Path p : entries) {
                if (!used.contains(p.getFileName().toString())) Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Pruning is tidiness: a failure leaves a few stale entries for the next build.
        }
    }

    /** Forgets what was used, for the next rebuild's pruning (memory: drops unused entries). */
    void startRound() {
        if (memory != null && !used.isEmpty()) memory.keySet().retainAll(used);
        used.clear();
    }

    /** Removes the cache folder of an output folder this build created and is about to remove. */
    void discard() {
        early.clear();
        if (disk.isEmpty()) return;
        Path images = disk.get();
        try {
            if (Files.isDirectory(images)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(images)) {
                    for (Path p : entries) Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(images);
            Files.deleteIfExists(images.getParent());
        } catch (IOException e) {
            // Left behind: the folder then stays, as a failed build leaves a folder someone wrote into.
        }
    }
}
