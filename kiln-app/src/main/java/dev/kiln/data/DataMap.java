package dev.kiln.data;

import dev.kiln.source.Location;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A mapping with its entries in file order; keys are unique (the reader rejects duplicates). */
public record DataMap(Location location, List<DataEntry> entries) implements DataNode {
    public DataMap {
        Objects.requireNonNull(location, "location");
        entries = List.copyOf(entries);
    }

    public Optional<DataEntry> get(String key) {
        for (DataEntry entry : entries) {
            if (entry.key().equals(key)) return Optional.of(entry);
        }
        return Optional.empty();
    }
}
