package dev.kiln.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zola in a body: internal links {@code @/blog/post.md#part} become relative {@code .md} links
 * to where the page went; shortcodes ({@code {{ name(…) }}}, {@code {% name(…) %}…{% end %}}),
 * which Kiln has no equivalent for, are left in place and reported.
 */
final class ZolaShortcodes {
    private static final Pattern INTERNAL = Pattern.compile("\\(@/([^)#\\s]+)(#[^)\\s]*)?\\)");
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{\\s*(\\w+)\\s*\\(.*?\\)\\s*\\}\\}|\\{%\\s*(\\w+)\\s*\\(.*?\\)\\s*%\\}",
            Pattern.DOTALL);

    private ZolaShortcodes() {}

    static String convert(String body, Planned doc, LinkIndex links, ImportReport report) {
        Matcher s = SHORTCODE.matcher(body);
        while (s.find()) {
            String name = s.group(1) != null ? s.group(1) : s.group(2);
            report.at(doc.source(), body, s.start(), "Zola shortcode " + name + "(…) left in place",
                    name.equals("resize_image") ? "Kiln has no image processing in Markdown yet: write ![alt](path) to the image"
                            : "Kiln has no shortcodes: replace it with Markdown or HTML");
        }
        Matcher m = INTERNAL.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        while (m.find()) {
            String target = "content/" + m.group(1);
            var dest = links.dest(target);
            if (dest.isEmpty()) {
                report.at(doc.source(), body, m.start(), "internal link @/" + m.group(1) + " left in place: no such page",
                        "link to the page's .md file");
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement("(" + LinkIndex.markdownTarget(
                        LinkIndex.relative(doc.dest(), dest.get())) + (m.group(2) == null ? "" : m.group(2)) + ")"));
            }
        }
        m.appendTail(out);
        return out.toString();
    }
}
