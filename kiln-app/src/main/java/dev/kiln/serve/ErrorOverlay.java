package dev.kiln.serve;

import dev.kiln.source.Diagnostic;
import java.util.List;

/**
 * The browser's rendering of a failed build: each diagnostic with {@code file:line:column}, the
 * message, the offending line with a caret, and the hint. Built from the same {@code Diagnostic}
 * values the terminal prints; every user text is escaped.
 */
final class ErrorOverlay {
    private ErrorOverlay() {}

    static String html(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        StringBuilder out = new StringBuilder();
        out.append("<h2 style=\"margin:0 0 1rem;color:#ff8080;font-size:18px\">Build failed: ")
                .append(errors.size()).append(errors.size() == 1 ? " error" : " errors")
                .append(" — the last good version of the site is still served</h2>");
        for (Diagnostic d : errors) {
            out.append("<section class=\"kiln-diagnostic\" style=\"margin:0 0 1.5rem\">");
            out.append("<div><b class=\"kiln-location\" style=\"color:#9cdcfe\">").append(escape(d.location().toString()))
                    .append("</b>: <span class=\"kiln-message\">").append(escape(d.message())).append("</span> <span style=\"color:#888\">[")
                    .append(escape(d.code())).append("]</span></div>");
            if (!d.sourceLine().isEmpty()) {
                String number = Integer.toString(d.location().line());
                String line = d.sourceLine().replace('\t', ' ');
                int col = Math.min(d.location().column() - 1, line.codePointCount(0, line.length()));
                int width = Math.max(1, Math.min(d.location().length(), line.codePointCount(0, line.length()) - col));
                out.append("<pre class=\"kiln-source\" style=\"margin:.5rem 0;color:#ddd\">").append(number).append(" | ")
                        .append(escape(line)).append('\n').append(" ".repeat(number.length())).append(" | ")
                        .append(" ".repeat(Math.max(0, col))).append("^".repeat(width)).append("</pre>");
            }
            if (!d.hint().isEmpty()) {
                out.append("<div class=\"kiln-hint\" style=\"color:#b5cea8\">hint: ").append(escape(d.hint())).append("</div>");
            }
            out.append("</section>");
        }
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
