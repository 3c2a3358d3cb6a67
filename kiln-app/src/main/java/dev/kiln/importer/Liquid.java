package dev.kiln.importer;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's Liquid in a post body. Converted: {@code highlight} blocks to fenced code,
 * {@code raw} (its text kept as is), {@code comment} to an HTML comment, {@code post_url} and
 * {@code link} to relative {@code .md} links, {@code gist} to a link, {@code site.baseurl} and
 * {@code site.url} prefixes and the {@code relative_url}/{@code absolute_url} filters dropped.
 * Everything else (includes, conditions, loops, other variables, plugin tags) is left in place and
 * reported. Line breaks are kept, so later reports still point at the right lines.
 */
final class Liquid {
    private static final Pattern TOKEN = Pattern.compile("\\{%-?\\s*(\\w+)(.*?)-?%\\}|\\{\\{-?(.*?)-?\\}\\}", Pattern.DOTALL);
    private static final Pattern URL_FILTER = Pattern.compile(
            "\\s*(?:site\\.(?:url|baseurl)\\s*\\|\\s*append:\\s*)?(['\"])([^'\"]*)\\1\\s*\\|\\s*(?:relative_url|absolute_url|prepend:\\s*site\\.(?:url|baseurl))\\s*");
    private static final java.util.Map<String, Pattern> CLOSING = java.util.Map.of(
            "endraw", closingTag("endraw"), "endcomment", closingTag("endcomment"), "endhighlight", closingTag("endhighlight"));
    private static final Set<String> SITE_PREFIXES = Set.of("site.baseurl", "site.url", "site.url | append: site.baseurl",
            "site.url}}{{site.baseurl");

    /** The prefix under which {@link LinkIndex} knows posts by their Jekyll id ({@code 2024-01-31-name}). */
    static final String POST_ID = "post_url:";

    private final LinkIndex links;
    private final Set<String> staticFiles;

    /** {@code staticFiles}: the source site's files copied to static/ (relative to SRC). */
    Liquid(LinkIndex links, Set<String> staticFiles) {
        this.links = links;
        this.staticFiles = staticFiles;
    }

    private Optional<String> postUrl(Planned doc, String id) {
        return links.dest(POST_ID + id.strip())
                .map(d -> LinkIndex.markdownTarget(LinkIndex.relative(doc.dest(), d)));
    }

    private Optional<String> link(Planned doc, String path) {
        String p = path.strip().replaceFirst("^/", "");
        Optional<String> d = links.dest(p).map(t -> LinkIndex.markdownTarget(LinkIndex.relative(doc.dest(), t)));
        if (d.isPresent()) return d;
        return staticFiles.contains(p) ? Optional.of("/" + p) : Optional.empty();
    }

    String convert(String body, Planned doc, ImportReport report) {
        StringBuilder out = new StringBuilder(body.length());
        Matcher m = TOKEN.matcher(body);
        int pos = 0;
        while (pos < body.length() && m.find(pos)) {
            out.append(body, pos, m.start());
            pos = m.end();
            if (m.group(1) == null) {
                out.append(output(body, m.group(3).strip(), m.group(), doc, m.start(), report));
                continue;
            }
            String tag = m.group(1);
            String args = m.group(2).strip();
            switch (tag) {
                case "raw" -> {
                    int end = closing(body, "endraw", pos);
                    if (end < 0) {
                        out.append(m.group());
                        report.at(doc.source(), body, m.start(), "{% raw %} without {% endraw %} left in place", "close or remove it");
                    } else {
                        out.append(body, pos, end);
                        pos = afterTag(body, end);
                    }
                }
                case "comment" -> {
                    int end = closing(body, "endcomment", pos);
                    if (end < 0) {
                        out.append(m.group());
                        report.at(doc.source(), body, m.start(), "{% comment %} without {% endcomment %} left in place", "close or remove it");
                    } else {
                        out.append("<!--").append(body.substring(pos, end).replace("--", "- -")).append("-->");
                        pos = afterTag(body, end);
                    }
                }
                case "highlight" -> {
                    int end = closing(body, "endhighlight", pos);
                    if (end < 0) {
                        out.append(m.group());
                        report.at(doc.source(), body, m.start(), "{% highlight %} without {% endhighlight %} left in place",
                                "close it, or make it a fenced code block");
                    } else {
                        String lang = args.split("\\s+")[0];
                        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
                        String code = body.substring(pos, end);
                        out.append("```").append(lang.equals("text") || lang.equals("plaintext") ? "" : lang);
                        out.append(code.startsWith("\n") || code.startsWith("\r") ? "" : "\n").append(code);
                        if (!code.endsWith("\n")) out.append('\n');
                        out.append("```");
                        pos = afterTag(body, end);
                    }
                }
                case "post_url" -> out.append(postUrl(doc, args).orElseGet(() -> {
                    report.at(doc.source(), body, m.start(), "{% post_url " + args + " %} left in place: no such post",
                            "link to the post's .md file in content/posts/");
                    return m.group();
                }));
                case "link" -> out.append(link(doc, args.replaceAll("^['\"]|['\"]$", "")).orElseGet(() -> {
                    report.at(doc.source(), body, m.start(), "{% link " + args + " %} left in place: no such file",
                            "link to the page's .md file or to the file's path under static/");
                    return m.group();
                }));
                case "gist" -> {
                    String[] parts = args.split("\\s+");
                    out.append("[gist ").append(parts[0]).append("](https://gist.github.com/").append(parts[0]).append(')');
                }
                default -> {
                    out.append(m.group());
                    report.at(doc.source(), body, m.start(), "Liquid tag {% " + tag + " %} left in place",
                            tag.equals("include") ? "Kiln has no includes: paste the included HTML or write it in Markdown"
                                    : "Kiln does not run Liquid: replace it with Markdown or HTML, or remove it");
                }
            }
        }
        out.append(body, Math.min(pos, body.length()), body.length());
        return out.toString();
    }

    private static String output(String body, String expr, String original, Planned doc, int at, ImportReport report) {
        String compact = expr.replaceAll("\\s+", " ");
        if (SITE_PREFIXES.contains(compact)) return "";
        Matcher f = URL_FILTER.matcher(expr);
        if (f.matches()) return f.group(2);
        report.at(doc.source(), body, at, "Liquid output {{ " + compact + " }} left in place",
                "Kiln does not run Liquid: write the value itself");
        return original;
    }

    /** The offset of the {@code {% name %}} tag that closes a block opened before {@code from}, or -1. */
    private static int closing(String body, String name, int from) {
        Matcher m = CLOSING.get(name).matcher(body);
        return m.find(from) ? m.start() : -1;
    }

    private static Pattern closingTag(String name) {
        return Pattern.compile("\\{%-?\\s*" + name + "\\s*-?%\\}");
    }

    private static int afterTag(String body, int start) {
        return body.indexOf("%}", start) + 2;
    }
}
