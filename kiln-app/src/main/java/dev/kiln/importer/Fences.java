package dev.kiln.importer;

/**
 * Tells, line by line, whether a line is inside a fenced code block (``` or ~~~), so that
 * Markdown-level conversions leave code alone.
 */
final class Fences {
    private String fence = null;

    /** Call once per line, in order: true when the line is code or a fence line itself. */
    boolean isCode(String line) {
        String t = line.stripLeading();
        boolean indentedOk = line.length() - t.length() <= 3;
        if (fence == null) {
            if (indentedOk && (t.startsWith("```") || t.startsWith("~~~"))) {
                char c = t.charAt(0);
                int n = 0;
                while (n < t.length() && t.charAt(n) == c) n++;
                fence = String.valueOf(c).repeat(n);
                return true;
            }
            return false;
        }
        if (indentedOk && t.startsWith(fence) && t.substring(fence.length()).chars().allMatch(ch -> ch == fence.charAt(0) || ch == ' ' || ch == '\t')) {
            fence = null;
        }
        return true;
    }
}
