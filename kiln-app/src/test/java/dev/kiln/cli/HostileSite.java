package dev.kiln.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site with one good post, into which a test drops one hostile file (from
 * {@code src/test/resources/hostile/} or made at test time), then builds through the real CLI.
 */
final class HostileSite {
    private static final Pattern DIAGNOSTIC =
            Pattern.compile("^(.*:\\d+:\\d+): (?:error|warning): .* \\[([a-z0-9.-]+)\\]$");

    private final Path root;

    HostileSite(Path root) {
        this.root = root;
        write("content/posts/good.md", "---\ntitle: \"Good\"\ndate: 2025-01-01\n---\nA good post.\n"
                .getBytes(StandardCharsets.UTF_8));
    }

    Path root() {
        return root;
    }

    /** Copies fixture {@code name} to {@code content/posts/name}. */
    HostileSite fixture(String name) {
        try (InputStream in = HostileSite.class.getResourceAsStream("/hostile/" + name)) {
            assertThat(in).as("fixture hostile/" + name).isNotNull();
            return write("content/posts/" + name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HostileSite write(String relative, byte[] bytes) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HostileSite write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Builds through {@code kiln build}; never a stack trace, never an internal error. */
    Outcome build() {
        Cli cli = Cli.run("build", root.toString());
        assertThat(cli.exitCode()).as(cli.err()).isNotEqualTo(ExitCodes.INTERNAL);
        assertThat(cli.err() + cli.out()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error:");
        return new Outcome(cli);
    }

    /** A finished build: its exit code and its diagnostics as "code file:line:column". */
    record Outcome(Cli cli) {
        List<String> diagnostics() {
            List<String> out = new ArrayList<>();
            for (String line : cli.err().split("\n")) {
                Matcher m = DIAGNOSTIC.matcher(line);
                if (m.matches()) out.add(m.group(2) + " " + m.group(1));
            }
            return out;
        }

        int exitCode() {
            return cli.exitCode();
        }
    }
}
