package dev.kiln.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A site root with a {@code public} output folder, and shorthands for whole builds in tests. */
final class OutputFixture {
    final Path site;

    OutputFixture(Path site) {
        this.site = site;
    }

    OutputDir open() throws OutputRefusedException {
        return OutputDir.open(site.resolve("public"), site, List.of(site.resolve("content")));
    }

    /** A build that produces exactly {@code files} (path → text) and commits. */
    OutputWriter.Result build(Map<String, String> files) throws Exception {
        try (OutputWriter.Session session = OutputWriter.begin(open())) {
            files.forEach((path, text) -> session.accept(file(path, text)));
            return session.commit();
        }
    }

    static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    Path out(String relative) {
        return site.resolve("public").resolve(relative);
    }

    String manifest() throws IOException {
        return Files.readString(out(".kiln-manifest"));
    }

    /** Every file and folder under the output folder, relative, sorted. */
    List<String> tree() {
        Path root = site.resolve("public");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
