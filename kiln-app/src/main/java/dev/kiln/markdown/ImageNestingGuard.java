package dev.kiln.markdown;

/**
 * Finds images nested absurdly deep ({@code ![![![…](a)](b)](c)}) before parsing: commonmark-java
 * 0.28 takes quadratic time on them (about 2 s for 10,000 levels, then a stack overflow), so such a
 * body is reported instead of parsed. Counts {@code ![} openers against {@code ]} within a
 * paragraph (a blank line resets), skipping backslash escapes; a conservative over-estimate is fine
 * since the limit is far above anything a person writes.
 */
final class ImageNestingGuard {
    static final int MAX_IMAGE_NESTING = 256;

    private ImageNestingGuard() {}

    /** The UTF-16 offset of the opener that nests too deep, or -1. */
    static int tooDeepAt(String body) {
        // Nesting deeper than the limit needs more openers than the limit: counting them with
        // indexOf clears every real post without the char-by-char walk below (under C1 a call per
        // char: 1 % of a 10,000-post build's CPU samples).
        int openers = 0;
        for (int at = body.indexOf("!["); at >= 0 && openers <= MAX_IMAGE_NESTING; at = body.indexOf("![", at + 2)) {
            openers++;
        }
        if (openers <= MAX_IMAGE_NESTING) return -1;
        int depth = 0;
        boolean blankLine = true;
        for (int i = 0, n = body.length(); i < n; i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                if (blankLine) depth = 0;
                blankLine = true;
                continue;
            }
            if (c != ' ' && c != '\t') blankLine = false;
            if (c == '\\') {
                i++;
            } else if (c == '!' && i + 1 < n && body.charAt(i + 1) == '[') {
                if (++depth > MAX_IMAGE_NESTING) return i;
                i++;
            } else if (c == ']' && depth > 0) {
                depth--;
            }
        }
        return -1;
    }
}
