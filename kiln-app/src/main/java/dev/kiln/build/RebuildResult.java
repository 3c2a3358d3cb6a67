package dev.kiln.build;

import dev.kiln.source.Diagnostic;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one (re)build in memory. {@code state} is the last good build: the new one, or
 * the previous one when this build has errors. {@code renderedUrls} are the routes whose templates
 * ran; {@code changedFiles} and {@code removedFiles} are output paths whose bytes differ from the
 * previous good build (all files after the first build). {@code bodiesRendered} counts Markdown
 * bodies not taken from the cache.
 */
public record RebuildResult(Optional<BuildState> state, List<Diagnostic> diagnostics, boolean full,
                            List<String> renderedUrls, List<String> changedFiles, List<String> removedFiles,
                            int bodiesRendered, Duration time) {
    public RebuildResult {
        diagnostics = List.copyOf(diagnostics);
        renderedUrls = List.copyOf(renderedUrls);
        changedFiles = List.copyOf(changedFiles);
        removedFiles = List.copyOf(removedFiles);
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
