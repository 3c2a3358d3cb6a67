package dev.kiln.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's extensions to Markdown, which Kiln's CommonMark does not have. Attribute lists
 * ({@code {: .note}}, {@code {#id}} after a heading) are dropped and reported, since Kiln has no
 * attributes; the {@code * TOC / {:toc}} marker is dropped (Kiln's theme shows a table of
 * contents itself); extensions such as {@code {::options}} are left and reported. Definition
 * lists become HTML {@code <dl>} blocks whose terms and definitions are still Markdown.
 */
final class Kramdown {
    private static final Pattern BLOCK_IAL = Pattern.compile("^ {0,3}\\{:(?!:)([^}]*)\\}\\s*$");
    private static final Pattern INLINE_IAL = Pattern.compile("\\{:(?!:)[^}\\n]*\\}");
    private static final Pattern HEADING_ID = Pattern.compile("^(#{1,6} .*?)\\s*\\{#[^}\\s]+\\}\\s*$");
    private static final Pattern EXTENSION = Pattern.compile("\\{::\\w+");
    private static final Pattern LIST_ITEM = Pattern.compile("^([*+-]|\\d+[.)]) .*", Pattern.DOTALL);
    private static final Pattern MARKUP = Pattern.compile("[*_`\\[<&]");
    private static final Pattern TOC_ITEM = Pattern.compile("^ {0,3}(?:[*+-]|1\\.) +TOC\\s*$");

    private Kramdown() {}

    static String convert(String body, Planned doc, ImportReport report) {
        List<String> lines = new ArrayList<>(List.of(body.split("(?<=\n)", -1)));
        lines.removeIf(String::isEmpty);
        Fences fences = new Fences();
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String bare = line.stripTrailing();
            String end = line.substring(bare.length());
            int at = offset;
            offset += line.length();
            if (fences.isCode(bare)) continue;
            Matcher block = BLOCK_IAL.matcher(bare);
            if (block.matches()) {
                String attrs = block.group(1).strip();
                if (attrs.equals("toc") || attrs.equals(".toc")) {
                    if (i > 0 && TOC_ITEM.matcher(lines.get(i - 1).stripTrailing()).matches()) lines.set(i - 1, "\n");
                    report.at(doc.source(), body, at, "kramdown table of contents {:toc} dropped",
                            "Kiln's theme shows a table of contents for posts with three or more sections");
                } else {
                    report.at(doc.source(), body, at, "kramdown attribute list {:" + block.group(1) + "} dropped",
                            "Kiln has no attribute lists: use an HTML block if the class or id matters");
                }
                lines.set(i, end.isEmpty() ? "" : end);
                continue;
            }
            Matcher heading = HEADING_ID.matcher(bare);
            if (heading.matches()) {
                report.at(doc.source(), body, at + heading.end(1), "custom heading id dropped",
                        "Kiln makes ids from the heading text; check links to the old #id");
                bare = heading.group(1);
            }
            Matcher inline = INLINE_IAL.matcher(bare);
            StringBuilder sb = new StringBuilder();
            while (inline.find()) {
                report.at(doc.source(), body, at + inline.start(), "kramdown attribute list " + inline.group() + " dropped",
                        "Kiln has no attribute lists: use HTML if the class or id matters");
                inline.appendReplacement(sb, "");
            }
            inline.appendTail(sb);
            Matcher ext = EXTENSION.matcher(sb);
            while (ext.find()) {
                report.at(doc.source(), body, at + ext.start(), "kramdown extension " + ext.group() + "…} left in place",
                        "remove it or write the HTML it stands for");
            }
            lines.set(i, sb + end);
        }
        return definitionLists(lines);
    }

    /** {@code Term\n: Definition} groups (outside code) as HTML definition lists. */
    private static String definitionLists(List<String> lines) {
        StringBuilder out = new StringBuilder();
        Fences fences = new Fences();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            boolean code = fences.isCode(line.stripTrailing());
            if (code || !startsDefinitionList(lines, i)) {
                out.append(line);
                i++;
                continue;
            }
            out.append("<dl>\n");
            while (i < lines.size() && startsDefinitionList(lines, i)) {
                while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith(":")) {
                    term(out, lines.get(i).strip());
                    i++;
                }
                while (i < lines.size() && (lines.get(i).startsWith(":") || lines.get(i).isBlank() && next(lines, i).startsWith(":"))) {
                    if (lines.get(i).isBlank()) {
                        i++;
                        continue;
                    }
                    StringBuilder def = new StringBuilder(lines.get(i).substring(1).strip());
                    i++;
                    while (i < lines.size() && (lines.get(i).startsWith("  ") || lines.get(i).startsWith("\t"))
                            && !lines.get(i).isBlank()) {
                        def.append('\n').append(lines.get(i).strip());
                        i++;
                    }
                    out.append("<dd>\n\n").append(def).append("\n\n</dd>\n");
                }
                while (i < lines.size() && lines.get(i).isBlank() && startsDefinitionList(lines, i + 1)) i++;
            }
            out.append("</dl>\n");
        }
        return out.toString();
    }

    private static void term(StringBuilder out, String term) {
        if (MARKUP.matcher(term).find()) out.append("<dt>\n\n").append(term).append("\n\n</dt>\n");
        else out.append("<dt>").append(term).append("</dt>\n");
    }

    /** A term line (not blank, not a list item or heading) followed directly by a ": " definition line. */
    private static boolean startsDefinitionList(List<String> lines, int i) {
        if (i + 1 >= lines.size()) return false;
        String term = lines.get(i);
        if (term.isBlank() || term.startsWith(":") || term.startsWith(" ") || term.startsWith("#") || term.startsWith("|")
                || term.startsWith("<") || LIST_ITEM.matcher(term).matches()) {
            return false;
        }
        String def = lines.get(i + 1);
        if (def.isBlank() && i + 2 < lines.size()) def = lines.get(i + 2);
        return def.startsWith(": ") || def.startsWith(":\t");
    }

    private static String next(List<String> lines, int i) {
        return i + 1 < lines.size() ? lines.get(i + 1) : "";
    }
}
