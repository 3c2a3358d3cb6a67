package dev.kiln.check;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code kiln check} looks at besides the generated pages: whether future-dated posts are
 * meant to be published ({@code future}), and whether to check external links ({@code external},
 * with its settings).
 */
public record CheckOptions(Instant now, boolean future, Optional<ExternalSettings> external) {
    public CheckOptions {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(external, "external");
    }

    /** How external links are checked: per-host concurrency, timeout, retries and the cache. */
    public record ExternalSettings(int perHost, Duration timeout, int retries, Path cacheFile, Duration cacheExpiry) {
        public ExternalSettings {
            if (perHost < 1) throw new IllegalArgumentException("perHost must be positive: " + perHost);
            if (retries < 0) throw new IllegalArgumentException("retries must not be negative: " + retries);
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(cacheFile, "cacheFile");
            Objects.requireNonNull(cacheExpiry, "cacheExpiry");
        }

        /** Two requests at a time per host, 10 s timeout, 2 retries, results kept for a day. */
        public static ExternalSettings defaults(Path cacheFile) {
            return new ExternalSettings(2, Duration.ofSeconds(10), 2, cacheFile, Duration.ofDays(1));
        }
    }
}
