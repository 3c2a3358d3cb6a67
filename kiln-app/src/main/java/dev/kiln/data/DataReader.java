package dev.kiln.data;

import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourceText;
import java.util.Optional;

/**
 * Reads a region of a file as YAML (1.2 core schema), TOML or JSON into a {@link DataNode} tree
 * whose locations are in the coordinates of the whole file. Problems become diagnostics ({@code
 * data.syntax}, {@code data.duplicate-key}, {@code data.too-deep}, {@code data.too-large},
 * {@code data.aliases}) at the parser's reported position. tomlj reports its own problems,
 * duplicate keys and nesting beyond its limit included, as {@code data.syntax}. JSON is read by
 * the YAML parser, with JSON's quoting rules checked on top (a trailing comma slips through).
 * Stateless and thread-safe.
 */
public final class DataReader {
    /** Front matter and config are small; anything bigger is a mistake or an attack. */
    static final int MAX_CHARS = 1 << 20;
    static final int MAX_DEPTH = 100;
    /** Enough for any real use of YAML anchors, far too few for a "billion laughs" bomb. */
    static final int MAX_COLLECTION_ALIASES = 50;
    /** Bounds the values built, so aliases that double at each level cannot blow up memory. */
    static final int MAX_VALUES = 200_000;

    private DataReader() {}

    /**
     * Parses {@code file}'s text in [{@code fromOffset}, {@code toOffset}) (UTF-16 offsets). An empty
     * YAML document gives an empty map. Returns empty, with error diagnostics, when the text cannot be read.
     */
    public static Optional<DataNode> read(
            SourceText file, int fromOffset, int toOffset, DataFormat format, Diagnostics diagnostics) {
        Problems problems = new Problems(file, diagnostics);
        if (toOffset - fromOffset > MAX_CHARS) {
            problems.error("data.too-large", file.locationAt(fromOffset),
                    "this block is " + (toOffset - fromOffset) / 1024 + " KiB; the limit is "
                            + MAX_CHARS / 1024 + " KiB",
                    "move large data out of the front matter, for example into the Markdown body");
            return Optional.empty();
        }
        Region region = new Region(file, fromOffset, toOffset);
        Optional<DataNode> node;
        try {
            node = format == DataFormat.TOML
                    ? TomlReader.read(region, problems)
                    : YamlReader.read(region, format == DataFormat.JSON, problems);
        } catch (LimitExceeded e) {
            problems.add(e);
            return Optional.empty();
        } catch (StackOverflowError e) {
            // Last resort only: the readers check nesting before they recurse.
            problems.error("data.too-deep", region.start(), "the data is nested too deeply to read",
                    "use at most " + MAX_DEPTH + " levels of nested lists and maps");
            return Optional.empty();
        }
        return problems.any() ? Optional.empty() : node;
    }
}
