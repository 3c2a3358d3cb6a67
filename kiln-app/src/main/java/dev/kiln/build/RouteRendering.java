package dev.kiln.build;

import dev.kiln.output.OutputFile;
import dev.kiln.render.Models.SiteModel;
import dev.kiln.render.PageRenderer;
import dev.kiln.render.Templates;
import dev.kiln.site.Route;
import dev.kiln.site.Site;
import dev.kiln.site.UrlPath;
import dev.kiln.source.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Renders the routes whose output may differ from the previous good build and reuses the file of
 * every other route. A route's file is a pure function of the route (its model), the site-wide
 * model and the templates, so equal inputs mean equal bytes.
 */
final class RouteRendering {
    private final Map<UrlPath, Route> routes;
    private final Map<String, OutputFile> files;
    private final List<String> renderedUrls;
    private final List<Diagnostic> errors;

    private RouteRendering(Map<UrlPath, Route> routes, Map<String, OutputFile> files, List<String> renderedUrls,
                           List<Diagnostic> errors) {
        this.routes = routes;
        this.files = files;
        this.renderedUrls = renderedUrls;
        this.errors = errors;
    }

    static RouteRendering run(Site site, PageRenderer pages, Templates templates, List<OutputFile> assets,
                              BuildState last, ExecutorService executor) {
        boolean everything = last == null || last.templates() != templates || !last.siteModel().equals(pages.siteModel());
        SameModel same = last == null ? null : new SameModel(last.site().posts());
        record Job(Route route, Optional<OutputFile> reused, Future<Object> rendering) {}
        List<Job> jobs = new ArrayList<>(site.routes().size());
        for (List<Route> group : PublishOrder.groups(site.routes())) {
            for (Route route : group) {
                if (!everything && same.route(route, last.routes().get(route.url()))) {
                    OutputFile previous = last.files().get(route.url().outputFile());
                    if (previous != null) {
                        jobs.add(new Job(route, Optional.of(previous), null));
                        continue;
                    }
                }
                jobs.add(new Job(route, Optional.empty(), executor.submit(() -> {
                    try {
                        return pages.render(route);
                    } catch (Templates.TemplateError e) {
                        return e.diagnostic();
                    }
                })));
            }
        }
        Map<UrlPath, Route> routes = new LinkedHashMap<>();
        Map<String, OutputFile> files = new LinkedHashMap<>();
        for (OutputFile f : assets) files.put(f.path(), f);
        List<String> rendered = new ArrayList<>();
        // One broken template breaks every page that uses it: report it once.
        LinkedHashSet<Diagnostic> errors = new LinkedHashSet<>();
        for (Job job : jobs) {
            routes.put(job.route().url(), job.route());
            OutputFile file;
            if (job.reused().isPresent()) {
                file = job.reused().get();
            } else {
                rendered.add(job.route().url().value());
                Object result = Futures.join(job.rendering());
                if (result instanceof Diagnostic d) {
                    errors.add(d);
                    continue;
                }
                file = (OutputFile) result;
            }
            files.put(file.path(), file);
        }
        return new RouteRendering(routes, files, rendered, List.copyOf(errors));
    }

    List<String> renderedUrls() {
        return renderedUrls;
    }

    List<Diagnostic> errors() {
        return errors;
    }

    /** The state after this rendering, with {@code extra} files made outside the routes (feeds, search). */
    BuildState state(Site site, Templates templates, SiteModel siteModel, List<OutputFile> extra) {
        Map<String, OutputFile> all = new LinkedHashMap<>(files);
        for (OutputFile f : extra) all.put(f.path(), f);
        return new BuildState(site, routes, siteModel, templates, all);
    }
}
