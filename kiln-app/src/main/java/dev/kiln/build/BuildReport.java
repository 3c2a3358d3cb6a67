package dev.kiln.build;

import dev.kiln.source.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a build: every diagnostic (sorted), whether output was written, and what happened
 * to the output files. {@code written} lists the output paths whose bytes changed. {@code notes}
 * are lines for the user that are neither errors nor warnings (e.g. WebP is unavailable here).
 */
public record BuildReport(
        List<Diagnostic> diagnostics,
        boolean published,
        Path outputFolder,
        int posts,
        int files,
        List<String> written,
        int unchanged,
        List<String> removed,
        Duration time,
        List<String> notes) {

    public BuildReport {
        notes = List.copyOf(notes);
        diagnostics = List.copyOf(diagnostics);
        written = List.copyOf(written);
        removed = List.copyOf(removed);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    public boolean failed() {
        return errors() > 0;
    }
}
