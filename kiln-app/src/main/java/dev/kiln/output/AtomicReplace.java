package dev.kiln.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Replaces files by writing a temporary file in the same folder and renaming it over the target,
 * so a reader (a web server, rsync) sees the old file or the new one, never half of one. The
 * temporary name {@code .kiln-tmp-<session>-<n>-<name>} is hidden, unique within a session and
 * different from a killed session's leftovers, which {@link #sweepLeftovers} recognises by it.
 * No fsync: a killed process leaves complete files or leftovers, and a power cut is not worth an
 * fsync per file.
 */
final class AtomicReplace {
    static final String PREFIX = ".kiln-tmp-";
    private static final Pattern LEFTOVER = Pattern.compile("\\.kiln-tmp-[0-9a-f]{8}-[0-9]+-.*", Pattern.DOTALL);
    /** Keeps temporary names below the usual 255-byte limit whatever the target's name. */
    private static final int MAX_NAME_CODE_POINTS = 48;

    private final String session = String.format("%08x", ThreadLocalRandom.current().nextInt());
    private final AtomicLong counter = new AtomicLong();

    /** Writes {@code bytes} to {@code target}, whose folder must exist. Thread-safe. */
    void replace(Path target, byte[] bytes) throws IOException {
        publish(stage(target, bytes), target);
    }

    /**
     * Writes {@code bytes} to a temporary file beside {@code target} and returns it; {@link #publish}
     * moves it into place later. Staging lets a build write every file before any of them becomes
     * visible, so a build that fails half-way leaves the previous output as it was.
     */
    Path stage(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling(tempName(target.getFileName().toString()));
        try {
            // One write call: Files.write hands the bytes to the kernel 8 KB at a time, three calls
            // for a typical post page.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) channel.write(buffer);
            }
            return temp;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Moves a staged file over its target in one step. */
    static void publish(Path temp, Path target) throws IOException {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private String tempName(String name) {
        int end = name.offsetByCodePoints(0, Math.min(MAX_NAME_CODE_POINTS, name.codePointCount(0, name.length())));
        return PREFIX + session + "-" + counter.incrementAndGet() + "-" + name.substring(0, end);
    }

    static boolean isLeftover(String fileName) {
        return LEFTOVER.matcher(fileName).matches();
    }

    /** Deletes leftover temporary files anywhere under {@code root}, without following links. */
    static void sweepLeftovers(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && isLeftover(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                    StaleFiles.removeEmptyFolders(root, file.getParent());
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
