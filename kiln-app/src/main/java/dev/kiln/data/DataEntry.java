package dev.kiln.data;

import dev.kiln.source.Location;
import java.util.Objects;

/** One {@code key: value} pair of a {@link DataMap}, with the key's own location. */
public record DataEntry(String key, Location keyLocation, DataNode value) {
    public DataEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(keyLocation, "keyLocation");
        Objects.requireNonNull(value, "value");
    }
}
