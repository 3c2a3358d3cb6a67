package dev.kiln.importer;

import java.util.ArrayList;
import java.util.List;

/** Collects the report's items while one import runs (single-threaded), and renders the file. */
final class ImportReport {
    private final List<ReportItem> items = new ArrayList<>();

    /**
     * Something at {@code offset} of {@code body}: the document's body as one conversion step got
     * it. Every step keeps the body's line breaks, so the line in the source file is the body's
     * first line plus the lines before the offset; the column is counted in that step's line.
     */
    void at(ForeignDoc doc, String body, int offset, String what, String hint) {
        int o = Math.max(0, Math.min(offset, body.length()));
        int lineStart = body.lastIndexOf('\n', o - 1) + 1;
        int line = 0;
        for (int i = 0; i < lineStart; i++) if (body.charAt(i) == '\n') line++;
        int column = body.codePointCount(lineStart, o) + 1;
        items.add(new ReportItem(doc.path(), doc.block().bodyFirstLine() + line, column, what, hint));
    }

    void at(String file, int line, int column, String what, String hint) {
        items.add(new ReportItem(file, line, column, what, hint));
    }

    /** Something about a whole file or folder of the source site. */
    void file(String file, String what, String hint) {
        items.add(new ReportItem(file, 0, 0, what, hint));
    }

    List<ReportItem> items() {
        return items.stream().sorted().toList();
    }

    static String render(Generator generator, String src, String dest, List<ReportItem> items) {
        StringBuilder sb = new StringBuilder();
        sb.append("Kiln import report: ").append(generator.label).append(" site ").append(src).append(" -> ").append(dest)
                .append('\n');
        sb.append("Positions are in the source site's files (line:column); each line says what was left in place or\n"
                + "dropped and how to finish it by hand.\n\n");
        if (items.isEmpty()) sb.append("Everything was converted.\n");
        for (ReportItem item : items) sb.append(item).append('\n');
        return sb.toString();
    }
}
