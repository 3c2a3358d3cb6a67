package dev.kiln.data;

import dev.kiln.source.Location;

/** One value read from YAML, TOML or JSON, with where it was written in the user's file. */
public sealed interface DataNode permits DataMap, DataList, DataScalar {
    Location location();
}
