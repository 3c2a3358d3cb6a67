package dev.kiln.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks JSON Feeds against SchemaStore's JSON Feed 1.1 schema with ajv-cli. The schemas are
 * draft-04, which Ajv 8 loads only after {@code ajv migrate}, done into a scratch folder per call.
 */
public final class JsonFeedValidator {
    private JsonFeedValidator() {
    }

    /**
     * One {@code file: data/items/0 must have required property 'id'} string per problem, empty
     * when every file is valid. Skips the calling test when ajv or the schemas are missing (fails
     * it on CI when ajv is).
     */
    public static List<String> validate(List<Path> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        String ajv = Tools.require(Tool.AJV).toString();
        Path feed1 = SharedFiles.conformance("jsonfeed/feed-1.json");
        Path feed = SharedFiles.conformance("jsonfeed/feed.json");
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("kiln-jsonfeed-schema-");
            Path migrated1 = migrate(ajv, feed1, scratch);
            Path migrated = migrate(ajv, feed, scratch);
            // --errors=line: one JSON array per invalid file, right after its "<file> invalid" line.
            List<String> args = new ArrayList<>(List.of(ajv, "validate", "--strict=false", "--all-errors",
                    "--errors=line", "-c", "ajv-formats", "-s", migrated.toString(), "-r", migrated1.toString()));
            files.forEach(f -> {
                args.add("-d");
                args.add(f.toString());
            });
            return read(Command.run(args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(scratch);
        }
    }

    private static Path migrate(String ajv, Path schema, Path scratch) {
        Path out = scratch.resolve(schema.getFileName());
        Command run = Command.run(List.of(ajv, "migrate", "-s", schema.toString(), "-o", out.toString()));
        if (run.exitCode() != 0 || !Files.isRegularFile(out)) {
            throw new IllegalStateException("ajv migrate failed: " + run.describeFailure());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> read(Command run) {
        if (run.exitCode() > 1) { // 2 and up: a file was unreadable or not JSON at all
            return List.of(run.describeFailure());
        }
        List<String> errors = new ArrayList<>();
        String file = null;
        for (String line : run.stderr().lines().toList()) {
            if (line.endsWith(" invalid")) {
                file = line.substring(0, line.length() - " invalid".length());
            } else if (file != null && line.startsWith("[")) {
                for (Object e : (List<Object>) Json.parse(line)) {
                    Map<String, Object> error = (Map<String, Object>) e;
                    errors.add(file + ": data" + error.get("instancePath") + " " + error.get("message"));
                }
                file = null;
            }
        }
        if (run.exitCode() != 0 && errors.isEmpty()) {
            return List.of(run.describeFailure());
        }
        return List.copyOf(errors);
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover scratch folder in /tmp is harmless.
        }
    }
}
