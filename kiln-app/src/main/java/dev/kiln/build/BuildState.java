package dev.kiln.build;

import dev.kiln.output.OutputFile;
import dev.kiln.render.Models.SiteModel;
import dev.kiln.render.Templates;
import dev.kiln.site.PatchedMap;
import dev.kiln.site.Route;
import dev.kiln.site.Site;
import dev.kiln.site.UrlPath;
import java.util.Map;

/**
 * A good build held in memory, and what the next rebuild compares against: per route the model
 * that produced its file (ARCHITECTURE §7), the site-wide model and template set every page saw,
 * and every output file by path (in no particular order). The maps are immutable and share most
 * of their entries with the previous state's ({@link PatchedMap}).
 */
public record BuildState(Site site, Map<UrlPath, Route> routes, SiteModel siteModel, Templates templates,
                         Map<String, OutputFile> files) {
    public BuildState {
        routes = PatchedMap.of(routes);
        files = PatchedMap.of(files);
    }
}
