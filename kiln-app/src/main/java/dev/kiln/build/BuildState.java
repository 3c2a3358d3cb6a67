package dev.kiln.build;

import dev.kiln.output.OutputFile;
import dev.kiln.render.Models.SiteModel;
import dev.kiln.render.Templates;
import dev.kiln.site.Route;
import dev.kiln.site.Site;
import dev.kiln.site.UrlPath;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A good build held in memory, and what the next rebuild compares against: per route the model
 * that produced its file (ARCHITECTURE §7), the site-wide model and template set every page saw,
 * and every output file by path, in publishing order.
 */
public record BuildState(Site site, Map<UrlPath, Route> routes, SiteModel siteModel, Templates templates,
                         Map<String, OutputFile> files) {
    public BuildState {
        routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes));
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }
}
