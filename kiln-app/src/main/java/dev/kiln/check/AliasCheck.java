package dev.kiln.check;

import dev.kiln.site.Page;
import dev.kiln.site.Post;
import dev.kiln.site.Route;
import dev.kiln.site.Site;
import dev.kiln.site.UrlPath;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Location;
import dev.kiln.source.SourcePath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every redirect page leads to a page that is published: an alias to nothing is a dead old URL. */
final class AliasCheck {
    private AliasCheck() {}

    static List<Diagnostic> run(Site site, SiteFiles files, Map<SourcePath, LintDocument> documents) {
        Map<UrlPath, SourcePath> declaredBy = new HashMap<>();
        for (Post p : site.posts()) p.aliases().forEach(a -> declaredBy.putIfAbsent(a, p.summary().source()));
        for (Page p : site.pages()) p.aliases().forEach(a -> declaredBy.putIfAbsent(a, p.source()));
        List<Diagnostic> out = new ArrayList<>();
        for (Route r : site.routes()) {
            if (!(r instanceof Route.AliasRoute)) continue;
            Route.AliasRoute alias = (Route.AliasRoute) r;
            if (files.lookup(alias.target().outputFile()).isPresent()) continue;
            SourcePath source = declaredBy.get(alias.url());
            LintDocument doc = source == null ? null : documents.get(source);
            Location at = doc != null ? doc.key("aliases")
                    : source != null ? Location.startOf(source) : Location.startOf(SourcePath.of("kiln.yaml"));
            out.add(Diagnostic.error("check.alias-target-missing", at,
                    "the alias " + alias.url() + " redirects to " + alias.target() + ", which is not published",
                    "remove the alias, or publish the page it points to",
                    doc == null ? "" : doc.text().line(at.line())));
        }
        return out;
    }
}
