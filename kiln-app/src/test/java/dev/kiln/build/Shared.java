package dev.kiln.build;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's shared folder beside the repository (seed post, corpus generator, conformance data).
 * Tests that need it skip, naming the missing path, where it is absent; in CI it is present.
 */
public final class Shared {
    private Shared() {}

    /** {@code ../shared/<relative>}, or a skipped test if it is not there. */
    public static Path require(String relative) {
        String base = System.getProperty("kiln.shared", "../shared");
        Path p = Path.of(base).resolve(relative).toAbsolutePath().normalize();
        assumeTrue(Files.exists(p), "skipped: " + p + " is absent (the shared folder beside the repository)");
        return p;
    }

    /** The repository root (for the bundled example site). */
    public static Path repo() {
        return Path.of(System.getProperty("kiln.repo", "..")).toAbsolutePath().normalize();
    }
}
