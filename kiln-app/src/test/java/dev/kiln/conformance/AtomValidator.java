package dev.kiln.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks Atom feeds against RFC 4287's RELAX NG schema with jing. The schema is looser than the
 * RFC (see shared/conformance/VALIDATORS.md), so feed tests assert the rest themselves.
 */
public final class AtomValidator {
    private AtomValidator() {
    }

    /**
     * One {@code file:line:column: error: …} string per problem, empty when every file is valid.
     * Skips the calling test when jing or the schema is missing (fails it on CI when jing is).
     */
    public static List<String> validate(List<Path> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        Path schema = SharedFiles.conformance("atom/atom.rnc");
        List<String> args = new ArrayList<>(List.of(Tools.require(Tool.JING).toString(), "-c", schema.toString()));
        files.forEach(f -> args.add(f.toString()));
        Command run = Command.run(args);
        // jing reports findings on stdout; stderr carries only its launcher's harmless warnings.
        List<String> errors = run.stdout().lines().filter(line -> !line.isBlank()).toList();
        if (run.exitCode() != 0 && errors.isEmpty()) {
            return List.of(run.describeFailure());
        }
        return errors;
    }
}
