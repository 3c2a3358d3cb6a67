package dev.kiln.conformance;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests' outside tools are: the tools folder ({@code KILN_TOOLS}, else system property
 * {@code kiln.tools}, else {@code ~/.cache/kiln-test-tools}) and the {@code PATH}. A missing tool
 * skips the test on a developer's machine but fails it under {@code CI=true}, so that CI can never
 * pass by silently not validating.
 */
public record Tools(Path folder, List<Path> searchPath, boolean ci) {
    static final String INSTALL_HINT = "run scripts/install-test-tools"
            + " (or point KILN_TOOLS / -Dkiln.tools at the folder it installed into)";

    public Tools {
        searchPath = List.copyOf(searchPath);
    }

    /** The tools as this JVM's environment and system properties describe them. */
    public static Tools fromEnvironment() {
        return of(System.getenv(), System.getProperties());
    }

    /** The path of {@code tool}; skips the calling test when it is missing, or fails it on CI. */
    public static Path require(Tool tool) {
        return fromEnvironment().path(tool);
    }

    static Tools of(Map<String, String> env, Properties properties) {
        String folder = nonBlank(env.get("KILN_TOOLS"))
                .or(() -> nonBlank(properties.getProperty("kiln.tools")))
                .orElse(properties.getProperty("user.home") + "/.cache/kiln-test-tools");
        List<Path> searchPath = new ArrayList<>();
        for (String dir : nonBlank(env.get("PATH")).orElse("").split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                searchPath.add(Path.of(dir));
            }
        }
        return new Tools(Path.of(folder), searchPath, "true".equals(env.get("CI")));
    }

    /** The path of {@code tool} if it is installed. */
    public Optional<Path> find(Tool tool) {
        if (tool.inToolsFolder() != null) {
            Path file = folder.resolve(tool.inToolsFolder());
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }
        return searchPath.stream()
                .map(dir -> dir.resolve(tool.command()))
                .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file))
                .findFirst();
    }

    /** The path of {@code tool}; skips the calling test when it is missing, or fails it on CI. */
    public Path path(Tool tool) {
        Optional<Path> found = find(tool);
        if (found.isPresent()) {
            return found.get();
        }
        String where = tool.inToolsFolder() != null
                ? "not in " + folder.resolve(tool.inToolsFolder())
                : "no " + tool.command() + " on the PATH";
        String message = tool.displayName() + " is not installed (" + where + "): " + INSTALL_HINT;
        if (ci) {
            return Assertions.fail(message + ". CI=true, so a missing tool fails instead of skipping.");
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable: Assumptions.abort returned");
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
