package dev.kiln.importer;

import dev.kiln.content.FrontMatterBlock;
import dev.kiln.data.DataFormat;
import dev.kiln.data.DataMap;
import dev.kiln.data.DataNode;
import dev.kiln.data.DataReader;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.Location;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The source site, read only: its files (sorted, relative to SRC, symbolic links left out and
 * reported), their text and front matter, and the diagnostics of files that cannot be read.
 */
final class SourceSite {
    final Path root;
    final Diagnostics diagnostics = new Diagnostics();
    final ImportReport report;

    SourceSite(Path root, ImportReport report) {
        this.root = root;
        this.report = report;
    }

    /** Every regular file below {@code folder} (relative to SRC; "" for all), sorted. */
    List<String> files(String folder) throws IOException {
        Path start = folder.isEmpty() ? root : root.resolve(folder);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(start)) return out;
        try (Stream<Path> walk = Files.walk(start)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.equals(start)) continue;
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (Files.isSymbolicLink(p)) {
                    report.file(rel, "symbolic link not imported", "copy what it points to into the new site by hand");
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(rel);
                }
            }
        }
        out.sort(null);
        return out;
    }

    boolean exists(String rel) {
        return Files.exists(root.resolve(rel));
    }

    /** A content file with its front matter, or empty (with a diagnostic) when it cannot be read. */
    Optional<ForeignDoc> doc(String rel) throws IOException {
        Optional<SourceText> text = text(rel);
        if (text.isEmpty()) return Optional.empty();
        return FrontMatterBlock.read(text.get(), diagnostics).map(b -> new ForeignDoc(rel, text.get(), b));
    }

    Optional<SourceText> text(String rel) throws IOException {
        return SourceText.decode(SourcePath.of(rel), Files.readAllBytes(root.resolve(rel)), diagnostics);
    }

    /** True when the file starts with a front-matter fence (Jekyll's rule for files it processes). */
    boolean startsWithFrontMatter(String rel) throws IOException {
        byte[] head = new byte[4];
        try (var in = Files.newInputStream(root.resolve(rel))) {
            int n = in.readNBytes(head, 0, 4);
            return n >= 3 && head[0] == '-' && head[1] == '-' && head[2] == '-' && (n == 3 || head[3] == '\n' || head[3] == '\r'
                    || head[3] == ' ');
        }
    }

    /** A whole data file (a site's config) as a map, or empty (with a diagnostic) when it cannot be read. */
    Optional<DataMap> data(String rel, DataFormat format) throws IOException {
        Optional<SourceText> text = text(rel);
        if (text.isEmpty()) return Optional.empty();
        if (text.get().text().isBlank()) return Optional.of(new DataMap(Location.startOf(SourcePath.of(rel)), List.of()));
        Optional<DataNode> node = DataReader.read(text.get(), 0, text.get().text().length(), format, diagnostics);
        if (node.isEmpty()) return Optional.empty();
        if (node.get() instanceof DataMap m) return Optional.of(m);
        diagnostics.add(Diagnostic.error("import.config", node.get().location(), rel + " must be a map of settings",
                "fix the file so that the generator itself can read it", ""));
        return Optional.empty();
    }
}
