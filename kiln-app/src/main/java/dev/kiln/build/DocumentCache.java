package dev.kiln.build;

import dev.kiln.content.Document;
import dev.kiln.content.DocumentParser;
import dev.kiln.parallel.Parallel;
import dev.kiln.source.Checksum;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.Location;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;

/**
 * The parsed content files of a site, keyed by path and by the hash of their bytes: a file whose
 * bytes did not change keeps its {@link Document} instance (and its diagnostics, so its warnings
 * survive a rebuild). File-system events are only hints: {@link #refresh} re-reads what they name.
 */
final class DocumentCache {
    private record Entry(String bytesHash, Optional<Document> document, List<Diagnostic> diagnostics) {}

    private final Path root;
    private final DocumentParser parser;
    private final NavigableMap<SourcePath, Entry> entries = new TreeMap<>();
    private List<Diagnostic> scanDiagnostics = List.of();

    DocumentCache(Path root, DocumentParser parser) {
        this.root = root;
        this.parser = parser;
    }

    /** Reads every Markdown file under content/, in parallel. */
    void loadAll(ExecutorService executor) throws IOException {
        Diagnostics scan = new Diagnostics();
        List<SourcePath> files = SourceTree.list(root, "content", scan);
        scanDiagnostics = scan.toList();
        entries.clear();
        List<SourcePath> markdown = files.stream().filter(f -> f.fileName().endsWith(".md")).toList();
        List<Entry> read = Parallel.map(executor, markdown, f -> read(f, null));
        for (int i = 0; i < markdown.size(); i++) entries.put(markdown.get(i), read.get(i));
    }

    /** Re-reads what a touched path names: a file, a folder (created, moved in) or something gone. */
    void refresh(SourcePath path) throws IOException {
        Path abs = path.resolveAgainst(root);
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            removeUnder(path);
        } else if (Files.isDirectory(abs)) {
            Diagnostics ignored = new Diagnostics();
            List<SourcePath> now = SourceTree.list(root, path.value(), ignored);
            List<SourcePath> gone = under(path);
            gone.removeAll(now);
            gone.forEach(entries::remove);
            for (SourcePath f : now) if (f.fileName().endsWith(".md")) update(f);
        } else if (isContentMarkdown(path)) {
            update(path);
        }
    }

    private static boolean isContentMarkdown(SourcePath path) {
        if (!path.startsWith("content") || !path.fileName().endsWith(".md")) return false;
        for (String segment : path.value().split("/")) {
            if (SourceTree.isIgnored(segment, false)) return false;
        }
        return true;
    }

    private void update(SourcePath file) {
        Entry old = entries.get(file);
        entries.put(file, read(file, old));
    }

    private void removeUnder(SourcePath path) {
        entries.remove(path);
        under(path).forEach(entries::remove);
    }

    /** The cached paths below {@code folder}; they sort right after it, though not necessarily together. */
    private List<SourcePath> under(SourcePath folder) {
        String prefix = folder.value() + "/";
        List<SourcePath> out = new ArrayList<>();
        for (SourcePath p : entries.tailMap(folder, false).keySet()) {
            if (p.value().startsWith(prefix)) {
                out.add(p);
            } else if (!p.value().startsWith(folder.value())) {
                break;
            }
        }
        return out;
    }

    private Entry read(SourcePath file, Entry old) {
        Diagnostics local = new Diagnostics();
        Path abs = file.resolveAgainst(root);
        byte[] bytes;
        try {
            if (Files.isSymbolicLink(abs) && !abs.toRealPath().startsWith(root.toRealPath())) {
                local.add(Diagnostic.error("source.link-outside", Location.startOf(file),
                        file + " is a symbolic link to a place outside the site",
                        "copy the file into the site instead of linking to it", ""));
                return new Entry("", Optional.empty(), local.toList());
            }
            bytes = Files.readAllBytes(abs);
        } catch (IOException e) {
            local.add(Diagnostic.error("source.unreadable", Location.startOf(file),
                    file + " cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check the file's permissions", ""));
            return new Entry("", Optional.empty(), local.toList());
        }
        String hash = Checksum.of(bytes);
        if (old != null && old.bytesHash().equals(hash)) return old;
        return new Entry(hash, parser.parse(file, bytes, ContentReader.kindOf(file), local), local.toList());
    }

    List<Document> documents() {
        List<Document> out = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) e.document().ifPresent(out::add);
        return out;
    }

    java.util.Set<SourcePath> paths() {
        return entries.keySet();
    }

    List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>(scanDiagnostics);
        for (Entry e : entries.values()) {
            // Most files have none: addAll of an empty list still copies it to an array (10,000 a rebuild).
            if (!e.diagnostics().isEmpty()) out.addAll(e.diagnostics());
        }
        return out;
    }
}
