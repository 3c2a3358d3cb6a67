package dev.kiln.build;

/**
 * A problem with how the build was asked for (a missing site folder, an output folder Kiln must
 * not use), as opposed to a problem inside the site's files. Carries a hint for the user.
 */
public final class SetupError extends Exception {
    private final String hint;

    public SetupError(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
