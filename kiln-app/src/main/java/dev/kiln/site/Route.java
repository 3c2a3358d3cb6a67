package dev.kiln.site;

import java.util.List;
import java.util.Optional;

/**
 * Every URL the site has, with the model value its output is a pure function of. Equal routes
 * render equal bytes, which is what incremental rebuilds rely on.
 */
public sealed interface Route {
    UrlPath url();

    /** A post page, with its neighbours in date order and its related posts. */
    record PostRoute(Post post, Optional<Summary> newer, Optional<Summary> older, List<Summary> related)
            implements Route {
        public PostRoute {
            related = List.copyOf(related);
        }

        public UrlPath url() {
            return post.url();
        }
    }

    /** An undated page. */
    record PageRoute(Page page) implements Route {
        public UrlPath url() {
            return page.url();
        }
    }

    /** One page of the paginated home. */
    record HomeRoute(Pager pager) implements Route {
        public UrlPath url() {
            return pager.url();
        }
    }

    /**
     * One page of a term's paginated post list. It holds the term's name and URL, not its whole
     * post list, which the page does not show: a post's new title changes the one page that lists
     * it, not every page of its terms. {@code syndicated}: the term has a post that feeds list (not a
     * draft, not dated in the future), so the term has feeds for the page to link.
     */
    record TermRoute(String taxonomyKey, String taxonomySingular, String taxonomyTitle, TermRef term,
                     boolean syndicated, Pager pager) implements Route {
        public UrlPath url() {
            return pager.url();
        }
    }

    /** A taxonomy's index: every term with its post count. */
    record TaxonomyRoute(Taxonomy taxonomy) implements Route {
        public UrlPath url() {
            return taxonomy.url();
        }
    }

    /** The archive index: years and months with counts. */
    record ArchiveRoute(Archive archive) implements Route {
        public UrlPath url() {
            return archive.url();
        }
    }

    /** One year of the archive, its posts grouped by month. */
    record ArchiveYearRoute(Archive.Year year) implements Route {
        public UrlPath url() {
            return year.url();
        }
    }

    /** An old URL that redirects to {@code target}. */
    record AliasRoute(UrlPath url, UrlPath target) implements Route {}

    /** The search page, which reads the index that the search package writes beside it. */
    record SearchRoute(UrlPath url) implements Route {
        public static final UrlPath URL = UrlPath.of("search");
    }

    /** The page a static host serves for a missing URL. */
    record NotFoundRoute(UrlPath url) implements Route {}
}
