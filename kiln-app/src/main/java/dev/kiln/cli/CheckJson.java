package dev.kiln.cli;

import dev.kiln.check.CheckReport;
import dev.kiln.source.Diagnostic;
import java.util.StringJoiner;

/** {@code kiln check --format json}: one object with the counts and every diagnostic, for tools. */
final class CheckJson {
    private CheckJson() {}

    static String of(CheckReport report) {
        StringJoiner items = new StringJoiner(",\n    ", "[\n    ", "\n  ]");
        items.setEmptyValue("[]");
        for (Diagnostic d : report.diagnostics()) {
            items.add("{\"severity\": " + quote(d.severity().label()) + ", \"code\": " + quote(d.code())
                    + ", \"file\": " + quote(d.location().file().value()) + ", \"line\": " + d.location().line()
                    + ", \"column\": " + d.location().column() + ", \"message\": " + quote(d.message())
                    + ", \"hint\": " + quote(d.hint()) + "}");
        }
        return "{\n  \"errors\": " + report.errors() + ",\n  \"warnings\": " + report.warnings()
                + ",\n  \"pages\": " + report.pages() + ",\n  \"links\": " + report.links()
                + ",\n  \"diagnostics\": " + items + "\n}";
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == '\u2028' || c == '\u2029') sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}
