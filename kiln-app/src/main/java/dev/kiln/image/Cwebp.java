package dev.kiln.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * WebP through libwebp's {@code cwebp} command, when it is on the {@code PATH}: the JDK has no
 * WebP writer and no pure-Java encoder is available. Input on stdin, output on stdout, so nothing
 * is written outside the output folder; {@code cwebp} is deterministic for the same input and options.
 */
public final class Cwebp {
    private final Path executable;

    private Cwebp(Path executable) {
        this.executable = executable;
    }

    /** {@code cwebp} from {@code PATH}, if there is one. */
    public static Optional<Cwebp> find() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            try {
                Path candidate = Path.of(dir, "cwebp");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(new Cwebp(candidate));
            } catch (java.nio.file.InvalidPathException e) {
                // A strange PATH entry names no folder: skip it.
            }
        }
        return Optional.empty();
    }

    /** An image file {@code cwebp} reads (PNG, JPEG, PPM, PAM) as a lossy WebP at {@code quality}. */
    byte[] encode(byte[] input, int quality) throws ImageFailure {
        List<String> command = List.of(executable.toString(), "-quiet", "-q", Integer.toString(quality),
                "-metadata", "none", "-o", "-", "--", "-");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new ImageFailure("cwebp cannot be started (" + e.getMessage() + ")");
        }
        // A thread of its own feeds stdin, so a full stdout pipe can never block both sides.
        Thread feed = new Thread(() -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write(input);
            } catch (IOException e) {
                // cwebp stopped reading; its exit code says why.
            }
        }, "kiln-cwebp-input");
        feed.setDaemon(true);
        feed.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream stdout = process.getInputStream()) {
            stdout.transferTo(out);
            feed.join();
            int code = process.waitFor();
            if (code != 0 || out.size() == 0) throw new ImageFailure("cwebp failed (exit code " + code + ")");
        } catch (IOException e) {
            process.destroy();
            throw new ImageFailure("cwebp failed (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new ImageFailure("interrupted while cwebp ran");
        }
        return out.toByteArray();
    }
}
