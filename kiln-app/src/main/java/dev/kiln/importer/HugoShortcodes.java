package dev.kiln.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo shortcodes in a body. Converted: {@code highlight} to fenced code, {@code figure} to a
 * Markdown image (its caption in italics after it), {@code ref}/{@code relref} to relative
 * {@code .md} links, {@code gist} to a link, {@code param} to the page's value, and the escaped
 * form (a shortcode between /&#42; and &#42;/) to the shortcode as text. Every other shortcode is left in place and
 * reported. Line breaks are kept.
 */
final class HugoShortcodes {
    private static final Pattern SHORTCODE = Pattern.compile(
            "\\{\\{([<%])(/\\*)?\\s*(/?)\\s*([\\w./-]+)(.*?)(\\*/)?\\s*(/?)\\s*[>%]\\}\\}", Pattern.DOTALL);
    private static final Pattern ARG = Pattern.compile("(?:([\\w-]+)\\s*=\\s*)?(?:\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`|([^\\s\"`]+))");

    /** Finds a page by the path written in a ref, from the referring page; gives its path relative to DEST. */
    private final BiFunction<Planned, String, Optional<String>> ref;

    HugoShortcodes(BiFunction<Planned, String, Optional<String>> ref) {
        this.ref = ref;
    }

    String convert(String body, Planned doc, ImportReport report) {
        StringBuilder out = new StringBuilder(body.length());
        Matcher m = SHORTCODE.matcher(body);
        int pos = 0;
        while (pos < body.length() && m.find(pos)) {
            out.append(body, pos, m.start());
            pos = m.end();
            if (m.group(2) != null) {
                // A shortcode inside comment markers is Hugo's way to show a shortcode as text.
                out.append("{{").append(m.group(1)).append(' ').append(m.group(3)).append(m.group(4)).append(m.group(5).stripTrailing())
                        .append(' ').append(m.group(1).equals("<") ? ">" : "%").append("}}");
                continue;
            }
            String name = m.group(4);
            String closing = m.group(3);
            Args args = Args.parse(m.group(5));
            switch (closing.isEmpty() ? name : "/") {
                case "highlight" -> {
                    Matcher end = Pattern.compile("\\{\\{[<%]\\s*/\\s*highlight\\s*[>%]\\}\\}").matcher(body);
                    if (!end.find(pos)) {
                        out.append(m.group());
                        report.at(doc.source(), body, m.start(), "{{< highlight >}} without {{< /highlight >}} left in place",
                                "close it, or make it a fenced code block");
                        break;
                    }
                    String code = body.substring(pos, end.start());
                    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
                    out.append("```").append(args.positional(0).orElse(""));
                    out.append(code.startsWith("\n") || code.startsWith("\r") ? "" : "\n").append(code);
                    if (!code.endsWith("\n")) out.append('\n');
                    out.append("```");
                    pos = end.end();
                }
                case "figure" -> {
                    Optional<String> src = args.named("src");
                    if (src.isEmpty()) {
                        out.append(m.group());
                        report.at(doc.source(), body, m.start(), "{{< figure >}} without src left in place", "write it as ![alt](path)");
                        break;
                    }
                    String alt = args.named("alt").or(() -> args.named("caption")).or(() -> args.named("title")).orElse("");
                    Optional<String> title = args.named("title");
                    String image = "![" + alt.replace("]", "\\]") + "](" + LinkIndex.markdownTarget(src.get())
                            + title.map(t -> " \"" + t.replace("\"", "\\\"") + "\"").orElse("") + ")";
                    out.append(args.named("link").map(l -> "[" + image + "](" + l + ")").orElse(image));
                    args.named("caption").filter(c -> !c.equals(alt)).ifPresent(c -> out.append(" *").append(c).append('*'));
                }
                case "ref", "relref" -> {
                    String target = args.positional(0).or(() -> args.named("path")).orElse("");
                    String anchor = target.contains("#") ? target.substring(target.indexOf('#')) : "";
                    String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                    Optional<String> dest = path.isEmpty() ? Optional.of(doc.dest()) : ref.apply(doc, path);
                    if (dest.isEmpty()) {
                        out.append(m.group());
                        report.at(doc.source(), body, m.start(), "{{< " + name + " \"" + target + "\" >}} left in place: no such page",
                                "link to the page's .md file");
                    } else {
                        out.append(path.isEmpty() ? anchor
                                : LinkIndex.markdownTarget(LinkIndex.relative(doc.dest(), dest.get())) + anchor);
                    }
                }
                case "gist" -> {
                    Optional<String> user = args.positional(0);
                    Optional<String> id = args.positional(1);
                    if (user.isPresent() && id.isPresent()) {
                        out.append("[gist ").append(id.get()).append("](https://gist.github.com/").append(user.get()).append('/')
                                .append(id.get()).append(')');
                    } else {
                        out.append(m.group());
                        report.at(doc.source(), body, m.start(), "shortcode {{< gist >}} left in place", "write a link to the gist");
                    }
                }
                case "param" -> {
                    Optional<String> value = args.positional(0).flatMap(k -> doc.source().text(k));
                    if (value.isPresent()) {
                        out.append(value.get());
                    } else {
                        out.append(m.group());
                        report.at(doc.source(), body, m.start(), "shortcode {{< param >}} left in place", "write the value itself");
                    }
                }
                case "/" -> {
                    out.append(m.group());
                    report.at(doc.source(), body, m.start(), "closing shortcode {{< /" + name + " >}} left in place",
                            "remove it together with its opening shortcode");
                }
                default -> {
                    out.append(m.group());
                    report.at(doc.source(), body, m.start(), "Hugo shortcode {{" + m.group(1) + " " + name + " " + m.group(1)
                                    .replace('<', '>') + "}} left in place",
                            "Kiln has no shortcodes: replace it with Markdown or HTML (an <iframe> for a video)");
                }
            }
        }
        out.append(body, Math.min(pos, body.length()), body.length());
        return out.toString();
    }

    /** A shortcode's arguments: positional ones in order, named ones by name. */
    record Args(List<String> positional, Map<String, String> named) {
        static Args parse(String text) {
            List<String> pos = new ArrayList<>();
            Map<String, String> named = new LinkedHashMap<>();
            Matcher a = ARG.matcher(text);
            while (a.find()) {
                String v = a.group(2) != null ? a.group(2).replace("\\\"", "\"") : a.group(3) != null ? a.group(3) : a.group(4);
                if (a.group(1) != null) named.put(a.group(1), v);
                else pos.add(v);
            }
            return new Args(pos, named);
        }

        Optional<String> positional(int i) {
            return i < positional.size() ? Optional.of(positional.get(i)) : Optional.empty();
        }

        Optional<String> named(String key) {
            return Optional.ofNullable(named.get(key)).filter(s -> !s.isBlank());
        }
    }
}
