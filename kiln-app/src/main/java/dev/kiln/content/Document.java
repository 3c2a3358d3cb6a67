package dev.kiln.content;

import dev.kiln.source.CompactText;
import dev.kiln.source.SourcePath;
import java.util.Objects;

/**
 * One parsed content file: its front matter, its Markdown body (held compact: a build holds every
 * document's body until the site is assembled) and the line of the file where the body starts (so
 * Markdown positions can be reported in file lines), and a checksum of its text, the key under
 * which later stages cache work on it.
 */
public record Document(
        SourcePath source, DocumentKind kind, FrontMatter frontMatter, CompactText bodyText, int bodyFirstLine,
        String contentHash) {

    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(bodyText, "bodyText");
        Objects.requireNonNull(contentHash, "contentHash");
        if (bodyFirstLine < 1) throw new IllegalArgumentException("bodyFirstLine must be 1-based: " + bodyFirstLine);
    }

    public Document(SourcePath source, DocumentKind kind, FrontMatter frontMatter, String body, int bodyFirstLine,
                    String contentHash) {
        this(source, kind, frontMatter, CompactText.of(body), bodyFirstLine, contentHash);
    }

    /** The Markdown body (decoded anew on every call). */
    public String body() {
        return bodyText.text();
    }
}
