package dev.kiln.importer;

/**
 * One thing a person should look at after an import: where in the source site (a file relative
 * to SRC, 1-based line and column; line 0 for a whole file or folder), what was done, and a hint.
 */
public record ReportItem(String file, int line, int column, String what, String hint) implements Comparable<ReportItem> {
    @Override
    public int compareTo(ReportItem o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** {@code file:line:column  what  hint: …}, or {@code file  what  hint: …} for a whole file. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return where + "  " + what + (hint.isEmpty() ? "" : "  hint: " + hint);
    }
}
