package dev.kiln.build;

import dev.kiln.output.OutputFile;
import dev.kiln.parallel.Parallel;
import dev.kiln.render.Models.SiteModel;
import dev.kiln.render.PageRenderer;
import dev.kiln.render.Templates;
import dev.kiln.site.PatchedMap;
import dev.kiln.site.Route;
import dev.kiln.site.Site;
import dev.kiln.site.UrlPath;
import dev.kiln.source.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Renders the routes whose output may differ from the previous good build and reuses the file of
 * every other route. A route's file is a pure function of the route (its model), the site-wide
 * model and the templates, so equal inputs mean equal bytes. The new state is the previous one
 * with what changed put in and what went away taken out, so a rebuild that renders one page does
 * not copy the tens of thousands of files of a large site.
 */
final class RouteRendering {
    private final PatchedMap<UrlPath, Route> routes;
    private final PatchedMap<String, OutputFile> files;
    private final List<String> renderedUrls;
    private final List<String> changed;
    private final List<String> removed;
    private final List<Diagnostic> errors;

    private RouteRendering(PatchedMap<UrlPath, Route> routes, PatchedMap<String, OutputFile> files,
                           List<String> renderedUrls, List<String> changed, List<String> removed,
                           List<Diagnostic> errors) {
        this.routes = routes;
        this.files = files;
        this.renderedUrls = renderedUrls;
        this.changed = changed;
        this.removed = removed;
        this.errors = errors;
    }

    /**
     * @param assets the static files of this build
     * @param lastAssets those of {@code last}'s build (empty when there is none)
     */
    static RouteRendering run(Site site, PageRenderer pages, Templates templates, List<OutputFile> assets,
                              List<OutputFile> lastAssets, BuildState last, ExecutorService executor) {
        boolean everything = last == null || last.templates() != templates || !last.siteModel().equals(pages.siteModel());
        SameModel same = null; // made when first needed: it indexes every previous post
        List<Route> toRender = new ArrayList<>();
        Map<UrlPath, Route> routePuts = new HashMap<>();
        int known = 0;
        // After an edit the route list usually has the same shape, and almost every route is the
        // very instance it was: such a route is the same model, and its file is there.
        List<Route> previous = last == null ? List.of() : last.site().routes();
        boolean aligned = previous.size() == site.routes().size();
        for (int i = 0; i < site.routes().size(); i++) {
            Route route = site.routes().get(i);
            if (!everything && aligned && previous.get(i) == route) {
                known++;
                continue;
            }
            Route before = last == null ? null : last.routes().get(route.url());
            if (before != null) known++;
            if (!everything && before != null) {
                if (same == null) same = new SameModel(last.site().posts());
                if (before == route || same.route(route, before) && last.files().containsKey(route.url().outputFile())) {
                    if (before != route) routePuts.put(route.url(), route);
                    continue;
                }
            }
            routePuts.put(route.url(), route);
            toRender.add(route);
        }
        List<Object> results = Parallel.map(executor, toRender, route -> {
            try {
                return pages.render(route);
            } catch (Templates.TemplateError e) {
                return e.diagnostic();
            }
        });
        Map<String, OutputFile> filePuts = new HashMap<>();
        List<String> changed = new ArrayList<>();
        for (OutputFile f : assets) {
            if (last == null || !f.equals(last.files().get(f.path()))) {
                filePuts.put(f.path(), f);
                changed.add(f.path());
            }
        }
        List<String> rendered = new ArrayList<>();
        // One broken template breaks every page that uses it: report it once.
        LinkedHashSet<Diagnostic> errors = new LinkedHashSet<>();
        for (int i = 0; i < toRender.size(); i++) {
            rendered.add(toRender.get(i).url().value());
            Object result = results.get(i);
            if (result instanceof Diagnostic d) {
                errors.add(d);
                continue;
            }
            OutputFile file = (OutputFile) result;
            filePuts.put(file.path(), file);
            if (last == null || !file.equals(last.files().get(file.path()))) changed.add(file.path());
        }

        List<UrlPath> goneRoutes = new ArrayList<>();
        Set<String> goneFiles = new LinkedHashSet<>();
        if (last != null) {
            if (known < last.routes().size()) {
                Set<UrlPath> now = new HashSet<>();
                for (Route r : site.routes()) now.add(r.url());
                for (UrlPath url : last.routes().keySet()) {
                    if (!now.contains(url)) {
                        goneRoutes.add(url);
                        goneFiles.add(url.outputFile());
                    }
                }
            }
            Set<String> assetPaths = new HashSet<>();
            for (OutputFile f : assets) assetPaths.add(f.path());
            for (OutputFile f : lastAssets) if (!assetPaths.contains(f.path())) goneFiles.add(f.path());
            goneFiles.removeAll(filePuts.keySet());
        }
        List<String> removed = goneFiles.stream().sorted().toList();
        PatchedMap<UrlPath, Route> routes = last == null ? PatchedMap.of(routePuts)
                : PatchedMap.of(last.routes()).with(routePuts, goneRoutes);
        PatchedMap<String, OutputFile> files = last == null ? PatchedMap.of(filePuts)
                : PatchedMap.of(last.files()).with(filePuts, goneFiles);
        return new RouteRendering(routes, files, rendered, changed, removed, List.copyOf(errors));
    }

    List<String> renderedUrls() {
        return renderedUrls;
    }

    /** Output paths whose bytes differ from the previous good build (every path after the first build). */
    List<String> changedFiles() {
        return changed;
    }

    /** Output paths of the previous good build that this one no longer has. */
    List<String> removedFiles() {
        return removed;
    }

    List<Diagnostic> errors() {
        return errors;
    }

    /** The state after this rendering; files made outside the routes (feeds, search) stay as they were. */
    BuildState state(Site site, Templates templates, SiteModel siteModel) {
        return new BuildState(site, routes, siteModel, templates, files);
    }
}
