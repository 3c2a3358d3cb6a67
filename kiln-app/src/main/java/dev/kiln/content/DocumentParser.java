package dev.kiln.content;

import dev.kiln.data.DataFormat;
import dev.kiln.data.DataMap;
import dev.kiln.data.DataNode;
import dev.kiln.data.DataReader;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.Location;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns one content file into a {@link Document}, reporting every front-matter mistake of the file
 * as a diagnostic. Immutable and thread-safe; the site's time zone applies to dates without an offset.
 */
public final class DocumentParser {
    private final ZoneId timezone;

    public DocumentParser(ZoneId timezone) {
        this.timezone = Objects.requireNonNull(timezone, "timezone");
    }

    /**
     * The document in a file's bytes, or empty when its errors (all in {@code diagnostics}) make
     * it unusable; the same document and diagnostics as decoding the bytes and {@link #parse(SourceText,
     * DocumentKind, Diagnostics) parsing} the text, but YAML front matter is all that is decoded
     * here (see {@link SourceText#decodeHead}).
     */
    public Optional<Document> parse(SourcePath path, byte[] bytes, DocumentKind kind, Diagnostics diagnostics) {
        int head = FrontMatterSplitter.yamlHeadEnd(bytes);
        Optional<SourceText> text = head < 0 ? SourceText.decode(path, bytes, diagnostics)
                : SourceText.decodeHead(path, bytes, head, diagnostics);
        return text.flatMap(t -> parse(t, kind, diagnostics));
    }

    /** The document, or empty when its errors (all in {@code diagnostics}) make it unusable. */
    public Optional<Document> parse(SourceText text, DocumentKind kind, Diagnostics diagnostics) {
        Optional<FrontMatterSplit> found = FrontMatterSplitter.split(text, diagnostics);
        if (found.isEmpty()) return Optional.empty();
        FrontMatterSplit split = found.get();
        if (split.format().isEmpty()) {
            diagnostics.error("front-matter.missing", text, Location.startOf(text.path()),
                    "title is required, but the file has no front matter",
                    "start the file with a line ---, then title: \"My title\""
                            + (kind == DocumentKind.POST ? " and date: 2024-11-18" : "") + ", then a line ---");
            return Optional.empty();
        }
        DataFormat format = split.format().get();
        Optional<DataNode> data = DataReader.read(text, split.dataFrom(), split.dataTo(), format, diagnostics);
        if (data.isEmpty()) return Optional.empty();
        if (!(data.get() instanceof DataMap)) {
            diagnostics.error("front-matter.not-a-map", text, data.get().location(),
                    "the front matter must be a set of keys with values",
                    "write one key per line, like title: \"My title\"");
            return Optional.empty();
        }
        return new FrontMatterReader(text, diagnostics, timezone)
                .read((DataMap) data.get(), kind, format, split.opening())
                .map(frontMatter -> new Document(text.path(), kind, frontMatter, split.compactBody(),
                        split.bodyFirstLine(), text.checksum()));
    }
}
