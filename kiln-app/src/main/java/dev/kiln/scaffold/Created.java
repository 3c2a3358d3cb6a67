package dev.kiln.scaffold;

import dev.kiln.source.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a {@code kiln new} run made: the file (empty when problems in the site's config or
 * archetype stopped it; they are in {@code diagnostics}, and nothing was written) and any warnings.
 */
public record Created(Optional<Path> file, List<Diagnostic> diagnostics) {
    public Created {
        diagnostics = List.copyOf(diagnostics);
    }
}
