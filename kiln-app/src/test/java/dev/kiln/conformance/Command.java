package dev.kiln.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One run of an outside program, its output captured; stdin is empty so it can never wait for input. */
record Command(List<String> args, int exitCode, String stdout, String stderr) {
    static final Duration TIMEOUT = Duration.ofMinutes(5);

    Command {
        args = List.copyOf(args);
    }

    static Command run(List<String> args) {
        Path out = null;
        Path err = null;
        try {
            // Files rather than pipes: a chatty program cannot block on a full pipe we are not reading.
            out = Files.createTempFile("kiln-tool-", ".out");
            err = Files.createTempFile("kiln-tool-", ".err");
            Process process = new ProcessBuilder(args)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out after " + TIMEOUT + ": " + String.join(" ", args));
            }
            return new Command(args, process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + String.join(" ", args), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + args.get(0), e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** The non-blank lines of stdout and then stderr. */
    List<String> outputLines() {
        return (stdout + "\n" + stderr).lines().filter(line -> !line.isBlank()).toList();
    }

    /** What to show when the program failed in a way the caller cannot read as findings. */
    String describeFailure() {
        return args.get(0) + " exited " + exitCode + ": " + String.join(" | ", outputLines());
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // A leftover temp file is harmless; the result matters more.
            }
        }
    }
}
