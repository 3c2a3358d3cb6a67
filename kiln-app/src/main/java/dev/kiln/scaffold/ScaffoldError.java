package dev.kiln.scaffold;

/**
 * A user mistake in what {@code kiln new} was asked to do (a folder that is not empty, a site
 * that is not a Kiln site): a message and a hint, never a trace.
 */
public final class ScaffoldError extends Exception {
    private final String hint;

    ScaffoldError(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
