package dev.kiln.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Files of the read-only {@code shared/} folder beside the repository, found through system
 * property {@code kiln.shared} (set by the build); a test that needs an absent one is skipped.
 */
public final class SharedFiles {
    private SharedFiles() {
    }

    /** {@code shared/conformance/<relative>}; skips the calling test when it is absent. */
    public static Path conformance(String relative) {
        return require("conformance/" + relative);
    }

    /** {@code shared/<relative>}; skips the calling test when it is absent. */
    public static Path require(String relative) {
        String shared = System.getProperty("kiln.shared");
        Assumptions.assumeTrue(shared != null && !shared.isBlank(),
                "system property kiln.shared is not set (the build sets it to <repo>/../shared)");
        Path path = Path.of(shared).resolve(relative).normalize();
        Assumptions.assumeTrue(Files.exists(path), () -> path + " is absent: " + relative
                + " comes from the shared/ folder beside the repository");
        return path;
    }
}
