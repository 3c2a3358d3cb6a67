package dev.kiln.build;

import dev.kiln.output.OutputFile;
import dev.kiln.site.Site;
import dev.kiln.source.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * A build held in memory: the site model, every output file grouped in the order they are safe
 * to publish, and the diagnostics. {@code site} is null when the content could not be assembled.
 * {@code kiln check} and {@code kiln serve} work on this without touching the output folder.
 */
public record Generated(Site site, List<List<OutputFile>> phases, List<Diagnostic> diagnostics, Path outputFolder) {
    public Generated {
        phases = phases.stream().map(List::copyOf).toList();
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Every output file, in publishing order. */
    public List<OutputFile> files() {
        return phases.stream().flatMap(List::stream).toList();
    }
}
