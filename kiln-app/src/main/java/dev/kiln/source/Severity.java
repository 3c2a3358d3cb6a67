package dev.kiln.source;

/** How bad a diagnostic is: errors stop the output from being written, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
