package dev.kiln.check;

import dev.kiln.source.Diagnostic;
import java.util.List;

/**
 * The outcome of {@code kiln check}: every diagnostic of the build and of the checks, sorted, and
 * how much was looked at.
 */
public record CheckReport(List<Diagnostic> diagnostics, int pages, int links, int externalLinks) {
    public CheckReport {
        diagnostics = diagnostics.stream().sorted().distinct().toList();
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }
}
