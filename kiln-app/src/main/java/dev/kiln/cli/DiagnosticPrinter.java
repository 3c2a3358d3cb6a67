package dev.kiln.cli;

import dev.kiln.source.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics for people, compiler style: {@code file:line:column: error: message [code]},
 * then the offending line with a caret under the spot, then the hint.
 */
final class DiagnosticPrinter {
    private final PrintWriter err;

    DiagnosticPrinter(PrintWriter err) {
        this.err = err;
    }

    void printAll(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) print(d);
    }

    void print(Diagnostic d) {
        err.println(d.location() + ": " + d.severity().label() + ": " + d.message() + " [" + d.code() + "]");
        if (!d.sourceLine().isEmpty()) {
            String number = Integer.toString(d.location().line());
            String pad = " ".repeat(number.length());
            String line = d.sourceLine().replace('\t', ' ');
            err.println(" " + number + " | " + line);
            int col = Math.min(d.location().column() - 1, line.codePointCount(0, line.length()));
            int width = Math.max(1, Math.min(d.location().length(), line.codePointCount(0, line.length()) - col));
            err.println(" " + pad + " | " + " ".repeat(Math.max(0, col)) + "^".repeat(width));
        }
        if (!d.hint().isEmpty()) err.println("  hint: " + d.hint());
    }
}
