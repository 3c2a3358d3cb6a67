package dev.kiln.site;

import dev.kiln.config.SiteConfig;
import java.util.List;

/**
 * The assembled site: config, published posts newest first, pages, taxonomies, archive and every
 * route, in a stable order; and the bundle files and image variants it publishes.
 */
public record Site(
        SiteConfig config,
        List<Post> posts,
        List<Page> pages,
        List<Taxonomy> taxonomies,
        Archive archive,
        List<Route> routes,
        SiteMedia media) {

    public Site {
        posts = List.copyOf(posts);
        pages = List.copyOf(pages);
        taxonomies = List.copyOf(taxonomies);
        routes = List.copyOf(routes);
    }
}
