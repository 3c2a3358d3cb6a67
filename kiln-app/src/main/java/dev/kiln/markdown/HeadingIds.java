package dev.kiln.markdown;

import java.util.HashSet;
import java.util.Set;

/**
 * Gives the headings of one body stable, unique ids in document order, GitHub style: "Hello,
 * World!" becomes {@code hello-world}, a second "Hello, World!" {@code hello-world-1}. One instance
 * per render.
 */
final class HeadingIds {
    /** Ids the footnotes extension writes ({@code fn-1}, {@code fnref-1}); headings must avoid them. */
    private static final String[] FOOTNOTE_PREFIXES = {"fn-", "fnref-"};

    private final Set<String> used = new HashSet<>();

    /** A new id for a heading with this plain text. */
    String next(String text) {
        String base = slug(text);
        String id = base;
        for (int n = 1; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * Lowercase letters, digits, marks, {@code -} and {@code _} are kept, each space becomes
     * {@code -}, everything else is dropped (as GitHub does); an empty result is {@code section}.
     */
    static String slug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || cp == '-') {
                out.append('-');
            } else if (cp == '_' || Character.isLetterOrDigit(cp) || isMark(cp)) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        String slug = out.length() == 0 ? "section" : out.toString();
        for (String prefix : FOOTNOTE_PREFIXES) {
            if (slug.startsWith(prefix)) return "section-" + slug;
        }
        return slug;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
