package dev.kiln.feed;

import dev.kiln.site.Archive;
import dev.kiln.site.Route;
import dev.kiln.site.Summary;
import dev.kiln.site.Term;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which routes the sitemap lists and their {@code lastmod}: a post's update (or publication) date,
 * a list's newest post, a page none (Kiln knows no date for it). Aliases and the 404 page are not
 * pages a crawler should index; drafts and future posts are left out even when the build shows them.
 */
final class SitemapEntries {
    private SitemapEntries() {}

    static List<Sitemap.Url> of(List<Route> routes, SiteUrls urls, Predicate<Summary> isPublic) {
        List<Sitemap.Url> out = new ArrayList<>();
        for (Route r : routes) {
            Optional<ZonedDateTime> lastmod;
            if (r instanceof Route.PostRoute p) {
                if (p.post().draft() || !isPublic.test(p.post().summary())) continue;
                lastmod = Optional.of(p.post().summary().lastModified());
            } else if (r instanceof Route.PageRoute) {
                lastmod = Optional.empty();
            } else if (r instanceof Route.HomeRoute h) {
                lastmod = newest(h.pager().items(), isPublic);
            } else if (r instanceof Route.TermRoute t) {
                lastmod = newest(t.pager().items(), isPublic);
            } else if (r instanceof Route.TaxonomyRoute t) {
                List<Summary> all = new ArrayList<>();
                for (Term term : t.taxonomy().terms()) all.addAll(term.posts());
                lastmod = newest(all, isPublic);
            } else if (r instanceof Route.ArchiveRoute a) {
                List<Summary> all = new ArrayList<>();
                for (Archive.Year y : a.archive().years()) all.addAll(posts(y));
                lastmod = newest(all, isPublic);
            } else if (r instanceof Route.ArchiveYearRoute y) {
                lastmod = newest(posts(y.year()), isPublic);
            } else {
                continue; // aliases redirect, the 404 page is no page
            }
            out.add(new Sitemap.Url(urls.permalink(r.url()), lastmod));
        }
        return out;
    }

    private static List<Summary> posts(Archive.Year year) {
        List<Summary> all = new ArrayList<>();
        for (Archive.Month m : year.months()) all.addAll(m.posts());
        return all;
    }

    private static Optional<ZonedDateTime> newest(Collection<Summary> posts, Predicate<Summary> isPublic) {
        return posts.stream().filter(isPublic).map(Summary::lastModified)
                .max((a, b) -> a.toInstant().compareTo(b.toInstant()));
    }
}
