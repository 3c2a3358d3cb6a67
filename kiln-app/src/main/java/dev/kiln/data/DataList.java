package dev.kiln.data;

import dev.kiln.source.Location;
import java.util.List;
import java.util.Objects;

/** A sequence (YAML) or array (TOML, JSON) in file order. */
public record DataList(Location location, List<DataNode> items) implements DataNode {
    public DataList {
        Objects.requireNonNull(location, "location");
        items = List.copyOf(items);
    }
}
