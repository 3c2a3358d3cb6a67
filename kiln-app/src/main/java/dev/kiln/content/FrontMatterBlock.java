package dev.kiln.content;

import dev.kiln.data.DataFormat;
import dev.kiln.data.DataMap;
import dev.kiln.data.DataNode;
import dev.kiln.data.DataReader;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.Location;
import dev.kiln.source.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * A file's front matter as data, before Kiln gives its keys a meaning: for tools that read other
 * generators' files (the importer) or check a template of a file (archetypes). {@code format} is
 * empty and {@code data} an empty map when the file has no front matter.
 */
public record FrontMatterBlock(Optional<DataFormat> format, DataMap data, String body, int bodyFirstLine) {

    /** The block of {@code text}, or empty with errors in {@code diagnostics} when it cannot be read. */
    public static Optional<FrontMatterBlock> read(SourceText text, Diagnostics diagnostics) {
        Optional<FrontMatterSplit> found = FrontMatterSplitter.split(text, diagnostics);
        if (found.isEmpty()) return Optional.empty();
        FrontMatterSplit split = found.get();
        if (split.format().isEmpty()) {
            return Optional.of(new FrontMatterBlock(Optional.empty(),
                    new DataMap(Location.startOf(text.path()), List.of()), split.body(), split.bodyFirstLine()));
        }
        Optional<DataNode> data = DataReader.read(text, split.dataFrom(), split.dataTo(), split.format().get(), diagnostics);
        if (data.isEmpty()) return Optional.empty();
        if (!(data.get() instanceof DataMap map)) {
            diagnostics.error("front-matter.not-a-map", text, data.get().location(),
                    "the front matter must be a set of keys with values",
                    "write one key per line, like title: \"My title\"");
            return Optional.empty();
        }
        return Optional.of(new FrontMatterBlock(split.format(), map, split.body(), split.bodyFirstLine()));
    }

    /** The date forms front matter accepts (see {@link FrontMatterDates}), for tools that read dates themselves. */
    public static Optional<java.time.ZonedDateTime> date(Object value, java.time.ZoneId zone) {
        return FrontMatterDates.parse(value, zone);
    }
}
