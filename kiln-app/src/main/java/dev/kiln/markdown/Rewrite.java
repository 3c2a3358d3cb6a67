package dev.kiln.markdown;

import java.util.Objects;

/** Replace the link's destination with {@code url}; the original {@code #fragment} is re-appended. */
public record Rewrite(String url) implements Resolution {
    public Rewrite {
        Objects.requireNonNull(url, "url");
    }
}
