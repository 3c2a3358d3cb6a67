package dev.kiln.build;

import dev.kiln.content.Document;
import dev.kiln.content.DocumentKind;
import dev.kiln.content.DocumentParser;
import dev.kiln.parallel.Parallel;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.Location;
import dev.kiln.source.SourcePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Reads and parses every Markdown file under {@code content/} in parallel. A file that fails is
 * skipped and the others go on, so all front-matter errors of a site are reported together.
 */
final class ContentReader {
    private static final String POSTS = "content/posts";

    private final Path siteRoot;
    private final DocumentParser parser;
    private final ExecutorService executor;

    ContentReader(Path siteRoot, DocumentParser parser, ExecutorService executor) {
        this.siteRoot = siteRoot;
        this.parser = parser;
        this.executor = executor;
    }

    private record Parsed(Optional<Document> document, List<Diagnostic> diagnostics) {}

    List<Document> read(List<SourcePath> files, Diagnostics diagnostics) {
        List<SourcePath> markdown = files.stream().filter(f -> f.fileName().endsWith(".md")).toList();
        List<Document> out = new ArrayList<>(markdown.size());
        for (Parsed p : Parallel.map(executor, markdown, this::parse)) {
            diagnostics.addAll(p.diagnostics());
            p.document().ifPresent(out::add);
        }
        return out;
    }

    private Parsed parse(SourcePath file) {
        Diagnostics local = new Diagnostics();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.resolveAgainst(siteRoot));
        } catch (IOException e) {
            local.add(Diagnostic.error("source.unreadable", Location.startOf(file),
                    file + " cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check the file's permissions", ""));
            return new Parsed(Optional.empty(), local.toList());
        }
        return new Parsed(parser.parse(file, bytes, kindOf(file), local), local.toList());
    }

    static DocumentKind kindOf(SourcePath file) {
        return file.startsWith(POSTS) ? DocumentKind.POST : DocumentKind.PAGE;
    }
}
