package dev.kiln.content;

import dev.kiln.data.DataEntry;
import dev.kiln.data.DataList;
import dev.kiln.data.DataMap;
import dev.kiln.data.DataNode;
import dev.kiln.data.DataScalar;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.Location;
import dev.kiln.source.SourceText;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to the values of a front-matter map. A key whose value is null ({@code key:} with
 * nothing after it) counts as absent. Each wrong type is reported at the value and reading goes
 * on, so one pass reports every mistake of the file. Any scalar is accepted where text is
 * expected, as its text ({@code slug: 2024} is the slug "2024").
 */
final class FrontMatterFields {
    private final DataMap map;
    private final SourceText text;
    private final Diagnostics diagnostics;
    private final ZoneId zone;
    private final Map<String, Location> locations = new LinkedHashMap<>();
    private int errors;

    FrontMatterFields(DataMap map, SourceText text, Diagnostics diagnostics, ZoneId zone) {
        this.map = map;
        this.text = text;
        this.diagnostics = diagnostics;
        this.zone = zone;
    }

    /** The first of {@code keys} that is present and not null, its value's location kept as {@code name}. */
    Optional<DataEntry> first(String name, String... keys) {
        for (String key : keys) {
            Optional<DataEntry> entry = map.get(key).filter(e -> !isNull(e.value()));
            if (entry.isPresent()) {
                locations.putIfAbsent(name, entry.get().value().location());
                return entry;
            }
        }
        return Optional.empty();
    }

    Optional<String> text(String name, String... keys) {
        Optional<DataEntry> entry = first(name, keys);
        if (entry.isEmpty()) return Optional.empty();
        DataNode value = entry.get().value();
        if (!(value instanceof DataScalar)) {
            error("front-matter.type", value.location(), entry.get().key() + " must be text, not " + describe(value),
                    "write it as " + entry.get().key() + ": \"…\"");
            return Optional.empty();
        }
        return Optional.of(((DataScalar) value).raw());
    }

    /** Text or a list of text under any of {@code keys}, in file order: trimmed, without empties or repeats. */
    List<String> texts(String name, String... keys) {
        Set<String> values = new LinkedHashSet<>();
        for (DataEntry entry : map.entries()) {
            if (!List.of(keys).contains(entry.key()) || isNull(entry.value())) continue;
            locations.putIfAbsent(name, entry.value().location());
            List<DataNode> items = entry.value() instanceof DataList
                    ? ((DataList) entry.value()).items() : List.of(entry.value());
            for (DataNode item : items) {
                if (item instanceof DataScalar) {
                    if (!isNull(item)) values.add(((DataScalar) item).raw().strip());
                } else {
                    error("front-matter.type", item.location(), entry.key() + " must be text or a list of text, not "
                            + describe(item), "write it as " + entry.key() + ": [\"one\", \"two\"]");
                }
            }
        }
        values.remove("");
        return new ArrayList<>(values);
    }

    Optional<ZonedDateTime> date(String name, String... keys) {
        Optional<DataEntry> entry = first(name, keys);
        if (entry.isEmpty()) return Optional.empty();
        DataNode value = entry.get().value();
        Optional<ZonedDateTime> date = value instanceof DataScalar
                ? FrontMatterDates.parse(((DataScalar) value).value(), zone) : Optional.empty();
        if (date.isEmpty()) {
            String what = value instanceof DataScalar
                    ? "\"" + ((DataScalar) value).raw() + "\" is not a date"
                    : entry.get().key() + " must be a date, not " + describe(value);
            error("front-matter.date", value.location(), what, FrontMatterDates.FORMS);
        }
        return date;
    }

    boolean flag(String name, String key) {
        Optional<DataEntry> entry = first(name, key);
        if (entry.isEmpty()) return false;
        DataNode node = entry.get().value();
        Object value = node instanceof DataScalar ? ((DataScalar) node).value() : null;
        if (value instanceof Boolean) return (Boolean) value;
        if (value instanceof String && (((String) value).equalsIgnoreCase("true") || ((String) value).equalsIgnoreCase("false"))) {
            return ((String) value).equalsIgnoreCase("true");
        }
        error("front-matter.type", node.location(), key + " must be true or false, not " + describe(node),
                "write " + key + ": true or " + key + ": false");
        return false;
    }

    void error(String code, Location at, String message, String hint) {
        errors++;
        diagnostics.error(code, text, at, message, hint);
    }

    boolean failed() {
        return errors > 0;
    }

    Map<String, Location> locations() {
        return locations;
    }

    static String describe(DataNode node) {
        if (node instanceof DataList) return "a list";
        if (node instanceof DataMap) return "a map";
        Object value = ((DataScalar) node).value();
        if (value instanceof Number) return "the number " + ((DataScalar) node).raw();
        if (value instanceof Boolean) return ((DataScalar) node).raw();
        return "\"" + ((DataScalar) node).raw() + "\"";
    }

    private static boolean isNull(DataNode node) {
        return node instanceof DataScalar && ((DataScalar) node).isNull();
    }
}
