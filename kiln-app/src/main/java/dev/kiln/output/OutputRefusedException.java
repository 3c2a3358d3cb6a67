package dev.kiln.output;

/**
 * Kiln will not use a folder as output, because writing there could overwrite or delete the
 * user's files. {@link #message()} says why in the user's terms, {@link #hint()} what to do.
 */
public final class OutputRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String message;
    private final String hint;

    OutputRefusedException(String message, String hint) {
        super(message);
        this.message = message;
        this.hint = hint;
    }

    OutputRefusedException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.message = message;
        this.hint = hint;
    }

    public String message() {
        return message;
    }

    public String hint() {
        return hint;
    }
}
