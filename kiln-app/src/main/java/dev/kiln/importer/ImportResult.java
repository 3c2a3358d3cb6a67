package dev.kiln.importer;

import dev.kiln.source.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What an import did: counts of posts, pages, aliases and copied files, the items of the report
 * (also written to {@code report}), and the problems in SRC's files that stopped it (then
 * {@code diagnostics} holds errors and nothing was written).
 */
public record ImportResult(int posts, int pages, int aliases, int files, List<ReportItem> items, Path report,
        List<Diagnostic> diagnostics) {
    public ImportResult {
        items = List.copyOf(items);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
