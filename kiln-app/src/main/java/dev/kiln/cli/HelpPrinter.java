package dev.kiln.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Help and usage text, made from a {@link CommandSpec}: the usage line, the description, one
 * aligned row per positional and option, and the subcommands. Wrapped to 80 columns, so it reads
 * the same in any terminal and in a test.
 */
final class HelpPrinter {
    static final int WIDTH = 80;

    private HelpPrinter() {}

    /** {@code Usage: kiln build [-hV] [SITE] [--output=DIR] …}, wrapped under its first word. */
    static List<String> usage(CommandSpec spec) {
        List<String> parts = new ArrayList<>();
        parts.add(spec.takesVersion() ? "[-hV]" : "[-h]");
        for (Positional p : spec.positionals()) parts.add(p.synopsis());
        for (Option o : spec.options()) parts.add("[" + o.synopsis() + "]" + (o.repeatable() ? "..." : ""));
        if (!spec.subcommands().isEmpty()) parts.add("[COMMAND]");
        String head = "Usage: " + spec.name() + " ";
        return wrap(head, String.join(" ", parts), head.length());
    }

    static void printHelp(CommandSpec spec, PrintWriter out) {
        print(usage(spec), out);
        print(wrap("", spec.description(), 0), out);
        List<String[]> rows = new ArrayList<>();
        for (Positional p : spec.positionals()) rows.add(new String[] {"      " + p.synopsis(), p.description()});
        for (Option o : spec.options()) rows.add(new String[] {"      " + o.synopsis(), o.description()});
        rows.add(new String[] {"  -h, --help", spec.takesVersion() ? "Show this help message and exit."
                : "Show usage help for the help command and exit."});
        if (spec.takesVersion()) rows.add(new String[] {"  -V, --version", "Print version information and exit."});
        printRows(rows, 3, out);
        if (!spec.subcommands().isEmpty()) {
            out.println("Commands:");
            List<String[]> commands = new ArrayList<>();
            for (Command c : spec.subcommands()) commands.add(new String[] {"  " + c.spec().word(), c.spec().description()});
            printRows(commands, 2, out);
        }
    }

    /** Left cells padded to one column, then the descriptions, wrapped with a two-space hang. */
    private static void printRows(List<String[]> rows, int gap, PrintWriter out) {
        int column = 0;
        for (String[] row : rows) column = Math.max(column, row[0].length());
        column += gap;
        for (String[] row : rows) {
            String head = row[0] + " ".repeat(column - row[0].length());
            print(wrap(head, row[1], column + 2), out);
        }
    }

    static void print(List<String> lines, PrintWriter out) {
        for (String line : lines) out.println(line);
    }

    /** {@code head} then {@code text} word by word; lines after the first start at {@code indent}. */
    static List<String> wrap(String head, String text, int indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(head);
        int start = head.length();
        for (String word : text.split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(" ".repeat(indent));
                start = indent;
            }
            if (line.length() > start) line.append(' ');
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
