package dev.kiln.data;

import dev.kiln.source.Location;
import java.util.Objects;

/**
 * A single value. {@code raw} is its text without quotes or escapes (for TOML numbers and dates,
 * the token as written); {@code value} is that text resolved: a {@code String}, {@code Long},
 * {@code Double}, {@code Boolean}, {@code LocalDate}, {@code LocalDateTime}, {@code
 * OffsetDateTime} (TOML only), or {@code null} (YAML/JSON null). {@code quoted} is true when the
 * text was written in quotes or as a YAML block scalar, so it was meant as text.
 */
public record DataScalar(Location location, String raw, Object value, boolean quoted) implements DataNode {
    public DataScalar {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(raw, "raw");
    }

    public DataScalar(Location location, String raw, Object value) {
        this(location, raw, value, false);
    }

    public boolean isNull() {
        return value == null;
    }
}
