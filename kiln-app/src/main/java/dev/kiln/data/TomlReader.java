package dev.kiln.data;

import dev.kiln.source.Location;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlElement;
import org.tomlj.TomlEntry;
import org.tomlj.TomlKeyValue;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;
import org.tomlj.TomlValue;

/**
 * TOML through tomlj, which reports every error of the block at once. The text is parsed with
 * blank lines (and spaces) in front of it, so that tomlj's positions, including those inside
 * messages such as "title previously defined at line 2", are already those of the whole file.
 * A TOML local time becomes text (the tree has no time-of-day type).
 */
final class TomlReader {
    private static final java.util.regex.Pattern DUPLICATE =
            java.util.regex.Pattern.compile("(.+) previously defined at line (\\d+), column \\d+");

    private final Region region;

    private TomlReader(Region region) {
        this.region = region;
    }

    static Optional<DataNode> read(Region region, Problems problems) {
        Location start = region.start();
        String padded = "\n".repeat(start.line() - 1) + " ".repeat(start.column() - 1) + region.text();
        TomlParseResult result = Toml.parse(padded);
        for (TomlParseError error : result.errors()) {
            TomlPosition p = error.position();
            Location at = p == null ? start : region.atLineColumn(p.line(), p.column(), 1);
            java.util.regex.Matcher duplicate = DUPLICATE.matcher(error.getMessage());
            if (duplicate.matches()) {
                // Worded and coded as YAML and JSON duplicates are, so one test or tool handles all three.
                problems.error("data.duplicate-key", at, "duplicate key \"" + duplicate.group(1)
                        + "\": it is already set on line " + duplicate.group(2), "keep only one of the two lines");
                continue;
            }
            problems.error("data.syntax", at, sentence(error.getMessage()),
                    "check this line against TOML syntax: title = \"text\", date = 2024-11-18, tags = [\"a\", \"b\"]");
        }
        if (!result.errors().isEmpty()) return Optional.empty();
        return Optional.of(new TomlReader(region).table(result, start, 1));
    }

    /** tomlj capitalises its messages; diagnostics start in lower case ("error: unexpected ..."). */
    private static String sentence(String message) {
        if (message.length() > 1 && Character.isUpperCase(message.charAt(0)) && Character.isLowerCase(message.charAt(1))) {
            return Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        return message;
    }

    private DataMap table(TomlTable table, Location at, int depth) {
        if (depth > DataReader.MAX_DEPTH) throw YamlReader.tooDeep(at);
        List<DataEntry> entries = new ArrayList<>();
        for (TomlElement element : table.elements()) {
            if (element instanceof TomlKeyValue) {
                TomlKeyValue kv = (TomlKeyValue) element;
                Location keyAt = region.atLineColumn(kv.position().line(), kv.position().column(), kv.key().length());
                entries.add(new DataEntry(kv.key(), keyAt, value(kv.value(), depth + 1)));
            }
        }
        return new DataMap(at, entries);
    }

    private DataNode value(TomlValue value, int depth) {
        TomlPosition p = value.position();
        if (value.isTable()) {
            return table(value.getTable(), region.atLineColumn(p.line(), p.column(), 1), depth);
        }
        if (value.isArray()) {
            Location at = region.atLineColumn(p.line(), p.column(), 1);
            if (depth > DataReader.MAX_DEPTH) throw YamlReader.tooDeep(at);
            List<DataNode> items = new ArrayList<>();
            TomlArray array = value.getArray();
            for (TomlElement element : array.elements()) {
                items.add(value(((TomlEntry) element).value(), depth + 1));
            }
            return new DataList(at, items);
        }
        int offset = region.fileOffset(p.line(), p.column());
        String token = TomlToken.at(region.file().text(), offset);
        Location at = region.atLineColumn(p.line(), p.column(), token.length());
        Object v = value.get();
        if (v instanceof String) return new DataScalar(at, (String) v, v, true);
        boolean kept = v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof LocalDate
                || v instanceof LocalDateTime || v instanceof OffsetDateTime;
        return new DataScalar(at, token, kept ? v : token, false);
    }
}
