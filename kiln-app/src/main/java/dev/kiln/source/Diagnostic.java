package dev.kiln.source;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the user's files: what is wrong ({@code message}), how to fix it
 * ({@code hint}, may be empty), where ({@code location}) and the offending line as the build read
 * it ({@code sourceLine}, may be empty). {@code code} is stable, for tests and tools.
 */
public record Diagnostic(
        Severity severity, String code, Location location, String message, String hint, String sourceLine)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        sourceLine = sourceLine == null ? "" : sourceLine;
    }

    public static Diagnostic error(String code, Location at, String message, String hint, String sourceLine) {
        return new Diagnostic(Severity.ERROR, code, at, message, hint, sourceLine);
    }

    public static Diagnostic warning(String code, Location at, String message, String hint, String sourceLine) {
        return new Diagnostic(Severity.WARNING, code, at, message, hint, sourceLine);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message + " [" + code + "]";
    }
}
