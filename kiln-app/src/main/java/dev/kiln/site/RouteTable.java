package dev.kiln.site;

import dev.kiln.config.SiteConfig;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.Location;
import dev.kiln.source.SourcePath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lists every route of the site and makes sure no two of them share a URL — not even a URL that
 * differs only in case, which would overwrite a file on macOS and Windows file systems.
 */
final class RouteTable {
    private final SiteConfig config;
    private final Map<UrlPath, Owner> owners = new HashMap<>();
    private final Map<String, Owner> ownersIgnoringCase = new HashMap<>();

    RouteTable(SiteConfig config) {
        this.config = config;
    }

    /** Who claims a URL: a source file (with where) or a generated page (with a description). */
    private record Owner(UrlPath url, Optional<Location> at, String description) {}

    /**
     * @param related each post's related posts, in the order of {@code posts}
     * @param now the moment against which a post counts as syndicated ({@link Post#syndicated})
     */
    List<Route> routes(List<Post> posts, List<Page> pages, List<Taxonomy> taxonomies, Archive archive,
                       List<List<Summary>> related, java.time.Instant now, Diagnostics diagnostics) {
        Set<Summary> syndicated = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Post p : posts) if (p.syndicated(now)) syndicated.add(p.summary());
        List<Route> routes = new ArrayList<>();
        // Generated pages claim their URLs first, so that a file that takes one of them is the one blamed.
        for (Pager pager : Pager.paginate(UrlPath.ROOT, posts.stream().map(Post::summary).toList(), config.paginate())) {
            claimGenerated(pager.url(), "page " + pager.number() + " of the home page", diagnostics);
            routes.add(new Route.HomeRoute(pager));
        }
        for (Taxonomy taxonomy : taxonomies) {
            claimGenerated(taxonomy.url(), "the " + taxonomy.key() + " index", diagnostics);
            routes.add(new Route.TaxonomyRoute(taxonomy));
            for (Term term : taxonomy.terms()) {
                boolean hasFeeds = term.posts().stream().anyMatch(syndicated::contains);
                for (Pager pager : Pager.paginate(term.url(), term.posts(), config.paginate())) {
                    claimGenerated(pager.url(), "the page of " + taxonomy.singular().toLowerCase(Locale.ROOT)
                            + " \"" + term.name() + "\"", diagnostics);
                    routes.add(new Route.TermRoute(taxonomy.key(), taxonomy.singular(), taxonomy.title(), term.ref(),
                            hasFeeds, pager));
                }
            }
        }
        claimGenerated(archive.url(), "the archive", diagnostics);
        routes.add(new Route.ArchiveRoute(archive));
        for (Archive.Year year : archive.years()) {
            claimGenerated(year.url(), "the archive of " + year.year(), diagnostics);
            routes.add(new Route.ArchiveYearRoute(year));
        }
        if (config.search().enabled()) {
            claimGenerated(Route.SearchRoute.URL, "the search page", diagnostics);
            routes.add(new Route.SearchRoute(Route.SearchRoute.URL));
        }
        UrlPath notFound = new UrlPath("/404.html");
        claimGenerated(notFound, "the not-found page", diagnostics);
        routes.add(new Route.NotFoundRoute(notFound));

        List<Summary> summaries = posts.stream().map(Post::summary).toList();
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            if (claim(post.url(), post.summary().source(), null, diagnostics)) {
                routes.add(new Route.PostRoute(post,
                        i > 0 ? Optional.of(summaries.get(i - 1)) : Optional.empty(),
                        i + 1 < posts.size() ? Optional.of(summaries.get(i + 1)) : Optional.empty(),
                        related.get(i)));
            }
        }
        for (Page page : pages) {
            if (claim(page.url(), page.source(), null, diagnostics)) routes.add(new Route.PageRoute(page));
        }
        for (Post post : posts) addAliases(post.aliases(), post.url(), post.summary().source(), routes, diagnostics);
        for (Page page : pages) addAliases(page.aliases(), page.url(), page.source(), routes, diagnostics);
        return routes;
    }

    private void addAliases(List<UrlPath> aliases, UrlPath target, SourcePath source, List<Route> routes,
                            Diagnostics diagnostics) {
        for (UrlPath alias : aliases) {
            if (claim(alias, source, "aliases", diagnostics)) routes.add(new Route.AliasRoute(alias, target));
        }
    }

    private void claimGenerated(UrlPath url, String description, Diagnostics diagnostics) {
        Owner owner = new Owner(url, Optional.empty(), description);
        if (owners.putIfAbsent(url, owner) == null) {
            ownersIgnoringCase.putIfAbsent(url.value().toLowerCase(Locale.ROOT), owner);
        }
    }

    /** Claims {@code url} for a source file; false (and an error) if someone has it already. */
    private boolean claim(UrlPath url, SourcePath source, String key, Diagnostics diagnostics) {
        Location at = Location.startOf(source);
        Owner owner = new Owner(url, Optional.of(at), source.value());
        Owner previous = owners.putIfAbsent(url, owner);
        if (previous != null) {
            // Names that look identical but are composed differently (é as one code point or as e + accent).
            boolean lookAlike = java.text.Normalizer.normalize(source.value(), java.text.Normalizer.Form.NFC)
                    .equals(java.text.Normalizer.normalize(previous.description(), java.text.Normalizer.Form.NFC));
            diagnostics.add(Diagnostic.error("site.duplicate-url", at,
                    source + (key == null ? "" : " (" + key + ")") + " and " + previous.description()
                            + " both publish " + url
                            + (lookAlike ? " (the two file names differ only in how their accents are encoded)" : ""),
                    lookAlike ? "delete one of the two files, or rename one"
                            : "give one of them another slug in its front matter", ""));
            return false;
        }
        Owner sameButCase = ownersIgnoringCase.putIfAbsent(url.value().toLowerCase(Locale.ROOT), owner);
        if (sameButCase != null) {
            diagnostics.add(Diagnostic.error("site.case-collision", at,
                    source + " publishes " + url + " and " + sameButCase.description() + " publishes "
                            + sameButCase.url() + ": on a case-insensitive file system one overwrites the other",
                    "make the two URLs differ by more than letter case", ""));
            return false;
        }
        return true;
    }
}
