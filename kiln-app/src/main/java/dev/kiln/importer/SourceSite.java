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
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Predicate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** Every regular file below {@code folder} (relative to SRC; "" for all), sorted; hidden folders are skipped. */
    List<String> files(String folder) throws IOException {
        return files(folder, dir -> dir.substring(dir.lastIndexOf('/') + 1).startsWith("."));
    }

    /**
     * Every regular file below {@code folder}, sorted, without descending into the folders
     * {@code prune} names (relative to SRC): a site's node_modules or .git is not read.
     */
    List<String> files(String folder, Predicate<String> prune) throws IOException {
        Path start = folder.isEmpty() ? root : root.resolve(folder);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(start)) return out;
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(start)) return FileVisitResult.CONTINUE;
                String rel = relative(dir);
                return prune.test(rel) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = relative(file);
                if (attrs.isSymbolicLink()) {
                    report.file(rel, "symbolic link not imported", "copy what it points to into the new site by hand");
                } else if (attrs.isRegularFile()) {
                    out.add(rel);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                diagnostics.add(Diagnostic.error("import.unreadable", Location.startOf(SourcePath.of(relative(file))),
                        relative(file) + " cannot be read (" + e.getClass().getSimpleName() + ")", "check its permissions", ""));
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
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
