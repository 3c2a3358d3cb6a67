package dev.kiln.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build and how. {@code now} is the only clock the build sees (drafts and future posts
 * are decided against it), so the same options give the same output.
 */
public record BuildOptions(
        Path siteRoot,
        Optional<Path> output,
        boolean drafts,
        boolean future,
        Optional<String> baseUrl,
        Instant now) {

    public BuildOptions {
        Objects.requireNonNull(siteRoot, "siteRoot");
        Objects.requireNonNull(now, "now");
        siteRoot = siteRoot.toAbsolutePath().normalize();
        output = output.map(p -> p.toAbsolutePath().normalize());
    }

    /** Defaults for {@code siteRoot}: no drafts, no future posts, output as configured. */
    public static BuildOptions of(Path siteRoot, Instant now) {
        return new BuildOptions(siteRoot, Optional.empty(), false, false, Optional.empty(), now);
    }

    public BuildOptions withOutput(Path folder) {
        return new BuildOptions(siteRoot, Optional.of(folder), drafts, future, baseUrl, now);
    }

    public BuildOptions withDrafts(boolean on) {
        return new BuildOptions(siteRoot, output, on, future, baseUrl, now);
    }

    public BuildOptions withFuture(boolean on) {
        return new BuildOptions(siteRoot, output, drafts, on, baseUrl, now);
    }

    public BuildOptions withNow(Instant instant) {
        return new BuildOptions(siteRoot, output, drafts, future, baseUrl, instant);
    }

    public BuildOptions withBaseUrl(String url) {
        return new BuildOptions(siteRoot, output, drafts, future, Optional.of(url), now);
    }
}
