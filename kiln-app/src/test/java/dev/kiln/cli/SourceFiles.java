package dev.kiln.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Writes a small site of another generator for import tests: files in one text block, each
 * started by a line {@code -- path --}; {@code -- path (png) --} writes a tiny PNG instead.
 */
final class SourceFiles {
    /** The smallest PNG: 1×1 pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private SourceFiles() {}

    static void write(Path root, String spec) throws IOException {
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : (spec + "-- end --\n").split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (current != null) put(root, current, body.toString());
                current = line.substring(3, line.length() - 3).trim();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
    }

    private static void put(Path root, String name, String text) throws IOException {
        if (name.equals("end")) return;
        boolean png = name.endsWith(" (png)");
        Path file = root.resolve(png ? name.substring(0, name.length() - 6) : name);
        Files.createDirectories(file.getParent());
        if (png) Files.write(file, PNG);
        else Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Every file below {@code root} with its size and time, to show that a tree did not change. */
    static String snapshot(Path root) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted().toList()) {
                sb.append(root.relativize(p)).append(' ');
                if (Files.isRegularFile(p)) sb.append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p));
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
