package dev.kiln.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative links to other Markdown files of the source site ({@code [x](../about.md#team)},
 * {@code [x]: other.markdown}) pointed at where those files went in the Kiln site, where Kiln
 * resolves and checks them. Links to files that were not imported are left and reported,
 * because Kiln would stop the build on them.
 */
final class MarkdownLinks {
    private static final Pattern INLINE = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+?\\.(?:md|markdown|mkd|mkdn))(#[^)\\s>]*)?>?(\\s+\"[^\"]*\")?\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("^( {0,3}\\[[^\\]]+\\]:\\s*)<?([^\\s>]+?\\.(?:md|markdown|mkd|mkdn))(#\\S*?)?>?(\\s.*)?$",
            Pattern.CASE_INSENSITIVE);

    private MarkdownLinks() {}

    static String convert(String body, Planned doc, LinkIndex links, ImportReport report) {
        StringBuilder out = new StringBuilder(body.length());
        Fences fences = new Fences();
        int offset = 0;
        String folder = folderOf(doc.source().path());
        for (String line : body.split("(?<=\n)", -1)) {
            if (line.isEmpty()) continue;
            if (fences.isCode(line.stripTrailing())) {
                out.append(line);
            } else {
                out.append(convertLine(body, line, offset, folder, doc, links, report));
            }
            offset += line.length();
        }
        return out.toString();
    }

    private static String convertLine(String body, String line, int offset, String folder, Planned doc, LinkIndex links, ImportReport report) {
        Matcher ref = REFERENCE.matcher(line.stripTrailing());
        if (ref.matches()) {
            Optional<String> target = target(body, ref.group(2), folder, doc, links, report, offset + ref.start(2));
            if (target.isEmpty()) return line;
            return ref.group(1) + target.get() + (ref.group(3) == null ? "" : ref.group(3))
                    + (ref.group(4) == null ? "" : ref.group(4)) + line.substring(line.stripTrailing().length());
        }
        Matcher m = INLINE.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Optional<String> target = target(body, m.group(1), folder, doc, links, report, offset + m.start(1));
            String replacement = target.map(t -> "](" + t + (m.group(2) == null ? "" : m.group(2))
                    + (m.group(3) == null ? "" : m.group(3)) + ")").orElse(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Optional<String> target(String body, String link, String folder, Planned doc, LinkIndex links, ImportReport report,
            int at) {
        if (link.contains("://") || link.startsWith("/") || link.startsWith("mailto:")) return Optional.empty();
        String path = java.net.URLDecoder.decode(link.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        Optional<String> dest = LinkIndex.resolve(folder, path).flatMap(links::dest);
        if (dest.isEmpty() && LinkIndex.resolve(folderOf(doc.dest()), path).filter(links::isDest).isPresent()) {
            // Already a link between Kiln files: an earlier step (post_url, ref, @/) made it.
            return Optional.empty();
        }
        if (dest.isEmpty()) {
            report.at(doc.source(), body, at, "link to " + link + " left in place: no such file was imported",
                    "point it at the post's new .md file or remove it; kiln build stops on links to missing .md files");
            return Optional.empty();
        }
        return Optional.of(LinkIndex.markdownTarget(LinkIndex.relative(doc.dest(), dest.get())));
    }

    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
