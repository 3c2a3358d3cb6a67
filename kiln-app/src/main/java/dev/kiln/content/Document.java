package dev.kiln.content;

import dev.kiln.source.SourcePath;
import java.util.Objects;

/**
 * One parsed content file: its front matter, its Markdown body and the line of the file where the
 * body starts (so Markdown positions can be reported in file lines), and the SHA-256 of its text
 * in hex, the key under which later stages cache work on it.
 */
public record Document(
        SourcePath source, DocumentKind kind, FrontMatter frontMatter, String body, int bodyFirstLine,
        String contentHash) {

    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentHash, "contentHash");
        if (bodyFirstLine < 1) throw new IllegalArgumentException("bodyFirstLine must be 1-based: " + bodyFirstLine);
    }
}
