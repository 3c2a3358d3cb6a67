package dev.kiln.conformance;

/**
 * One error of the Nu Html Checker: the file (relative to the folder checked), the 1-based line
 * and column where it starts (0 when the checker gives none), and the checker's message.
 */
public record HtmlMessage(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
