package dev.kiln.check;

import dev.kiln.output.OutputFile;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Location;
import dev.kiln.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feeds, sitemaps and other XML or JSON outputs list only pages that exist. Looked at generically
 * (every absolute URL on the site's own host), so that any such file a theme or feature adds is
 * covered — except inside entry bodies (Atom content and summary, RSS description, JSON Feed
 * content): those are the posts' own links, already checked (at their Markdown line) on the pages.
 */
final class ListingCheck {
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>\\\\]+");
    private static final Pattern XML_BODY = Pattern.compile(
            "(?s)<(content|summary|description|content:encoded)\\b[^>]*>.*?</\\1>");
    private static final Pattern JSON_BODY = Pattern.compile(
            "\"(content_html|content_text|summary)\"\\s*:\\s*\"(?:[^\"\\\\]++|\\\\.)*+\"");

    private ListingCheck() {}

    static List<Diagnostic> run(SiteFiles files, UrlResolver resolver, SourceLocator locator) {
        List<Diagnostic> out = new ArrayList<>();
        for (OutputFile f : files.all().values()) {
            if (!f.path().endsWith(".xml") && !f.path().endsWith(".json")) continue;
            SourceText text = SourceText.of(locator.outputSource(f.path()), new String(f.bytes(), StandardCharsets.UTF_8));
            List<int[]> bodies = new ArrayList<>();
            Matcher b = (f.path().endsWith(".xml") ? XML_BODY : JSON_BODY).matcher(text.text());
            while (b.find()) bodies.add(new int[] {b.start(), b.end()});
            Matcher m = URL.matcher(text.text());
            while (m.find()) {
                int start = m.start();
                if (bodies.stream().anyMatch(r -> start >= r[0] && start < r[1])) continue;
                String url = m.group().replace("&amp;", "&");
                Target t = resolver.resolve(url, "/");
                if (!(t instanceof Target.Internal) || files.lookup(((Target.Internal) t).path()).isPresent()) continue;
                Location at = text.locationAt(m.start(), m.group().length());
                out.add(Diagnostic.error("check.listing-broken", at,
                        f.path() + " lists " + url + ", which is not a page or file of the site",
                        "this is a bug in the template or feature that writes " + f.path(), text.line(at.line())));
            }
        }
        return out;
    }
}
