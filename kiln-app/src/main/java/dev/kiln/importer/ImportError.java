package dev.kiln.importer;

/** A user mistake in how the import was asked for (a missing SRC, a DEST that is not empty): message and hint. */
public final class ImportError extends Exception {
    private final String hint;

    ImportError(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
