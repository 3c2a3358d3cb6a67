package dev.kiln.output;

/**
 * The build produces a file at a path where the output folder already holds a file (or folder)
 * that Kiln did not write. Kiln's output folder is empty at first use or Kiln's own, so such a
 * file was put there by the user: it is never overwritten silently.
 */
public final class OutputConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;

    OutputConflictException(String path, String outputFolder) {
        super("refusing to overwrite " + path + " in " + outputFolder
                + ": it is already there and Kiln did not write it");
        this.path = path;
    }

    /** The output path, relative to the output folder. */
    public String path() {
        return path;
    }

    public String hint() {
        return "move " + path + " out of the output folder (files you add belong in static/), "
                + "or change the page that produces it";
    }
}
