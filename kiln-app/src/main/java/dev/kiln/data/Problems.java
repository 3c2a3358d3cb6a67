package dev.kiln.data;

import dev.kiln.source.Diagnostics;
import dev.kiln.source.Location;
import dev.kiln.source.SourceText;

/** The errors of one read, added to the caller's diagnostics and counted, so the reader knows it failed. */
final class Problems {
    private final SourceText file;
    private final Diagnostics diagnostics;
    private int errors;

    Problems(SourceText file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    void error(String code, Location at, String message, String hint) {
        errors++;
        diagnostics.error(code, file, at, message, hint);
    }

    void add(LimitExceeded limit) {
        error(limit.code(), limit.location(), limit.getMessage(), limit.hint());
    }

    boolean any() {
        return errors > 0;
    }
}
