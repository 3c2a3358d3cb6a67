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
 * (every absolute URL on the site's own host), so that any such file a theme or feature adds is covered.
 */
final class ListingCheck {
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>\\\\]+");

    private ListingCheck() {}

    static List<Diagnostic> run(SiteFiles files, UrlResolver resolver, SourceLocator locator) {
        List<Diagnostic> out = new ArrayList<>();
        for (OutputFile f : files.all().values()) {
            if (!f.path().endsWith(".xml") && !f.path().endsWith(".json")) continue;
            SourceText text = SourceText.of(locator.outputSource(f.path()), new String(f.bytes(), StandardCharsets.UTF_8));
            Matcher m = URL.matcher(text.text());
            while (m.find()) {
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
