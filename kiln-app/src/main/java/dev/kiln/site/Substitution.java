package dev.kiln.site;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts new summaries in the place of old ones throughout a site's model, when posts changed what
 * lists show of them (a title, an excerpt) but not where they are listed (URL, date, terms). Old
 * summaries are found by identity — every list of the site holds the instances its posts hold —
 * and a value that holds none of them is returned as it was, so unchanged routes stay {@code ==}.
 */
final class Substitution {
    private final Map<Summary, Summary> replaced;
    /** New taxonomies and archive years by old ones: routes share them with the site, and keep sharing. */
    private final Map<Object, Object> done = new IdentityHashMap<>();

    /** @param replaced new summaries by the old instances they replace (an identity map) */
    Substitution(IdentityHashMap<Summary, Summary> replaced) {
        this.replaced = replaced;
    }

    Summary summary(Summary s) {
        Summary r = replaced.get(s);
        return r == null ? s : r;
    }

    Optional<Summary> summary(Optional<Summary> s) {
        if (s.isEmpty()) return s;
        Summary r = replaced.get(s.get());
        return r == null ? s : Optional.of(r);
    }

    List<Summary> summaries(List<Summary> list) {
        List<Summary> out = null;
        for (int i = 0; i < list.size(); i++) {
            Summary r = replaced.get(list.get(i));
            if (r == null) continue;
            if (out == null) out = new ArrayList<>(list);
            out.set(i, r);
        }
        return out == null ? list : out;
    }

    Taxonomy taxonomy(Taxonomy t) {
        return memo(t, () -> {
            List<Term> terms = new ArrayList<>(t.terms().size());
            boolean changed = false;
            for (Term term : t.terms()) {
                Term n = term(term);
                changed |= n != term;
                terms.add(n);
            }
            return changed ? new Taxonomy(t.key(), t.singular(), t.title(), t.url(), terms) : t;
        });
    }

    Term term(Term t) {
        return memo(t, () -> {
            List<Summary> posts = summaries(t.posts());
            return posts == t.posts() ? t : new Term(t.name(), t.slug(), t.url(), posts);
        });
    }

    Archive archive(Archive a) {
        return memo(a, () -> {
            List<Archive.Year> years = new ArrayList<>(a.years().size());
            boolean changed = false;
            for (Archive.Year y : a.years()) {
                Archive.Year n = year(y);
                changed |= n != y;
                years.add(n);
            }
            return changed ? new Archive(a.url(), years) : a;
        });
    }

    Archive.Year year(Archive.Year y) {
        return memo(y, () -> {
            List<Archive.Month> months = new ArrayList<>(y.months().size());
            boolean changed = false;
            for (Archive.Month m : y.months()) {
                List<Summary> posts = summaries(m.posts());
                changed |= posts != m.posts();
                months.add(posts == m.posts() ? m : new Archive.Month(m.year(), m.month(), posts));
            }
            return changed ? new Archive.Year(y.year(), y.url(), months) : y;
        });
    }

    Pager pager(Pager p) {
        List<Summary> items = summaries(p.items());
        return items == p.items() ? p : new Pager(p.base(), p.number(), p.totalPages(), p.totalItems(), items);
    }

    /**
     * The route with the new summaries; {@code post} is the route's post as it is now (a changed
     * post brings its own), used only for a post route.
     */
    Route route(Route r, Post post) {
        if (r instanceof Route.PostRoute p) {
            Optional<Summary> newer = summary(p.newer());
            Optional<Summary> older = summary(p.older());
            List<Summary> related = summaries(p.related());
            if (post == p.post() && newer == p.newer() && older == p.older() && related == p.related()) return r;
            return new Route.PostRoute(post, newer, older, related);
        }
        if (r instanceof Route.HomeRoute h) {
            Pager pager = pager(h.pager());
            return pager == h.pager() ? r : new Route.HomeRoute(pager);
        }
        if (r instanceof Route.TermRoute t) {
            Pager pager = pager(t.pager());
            if (pager == t.pager()) return r;
            return new Route.TermRoute(t.taxonomyKey(), t.taxonomySingular(), t.taxonomyTitle(), t.term(),
                    t.syndicated(), pager);
        }
        if (r instanceof Route.TaxonomyRoute t) {
            Taxonomy taxonomy = taxonomy(t.taxonomy());
            return taxonomy == t.taxonomy() ? r : new Route.TaxonomyRoute(taxonomy);
        }
        if (r instanceof Route.ArchiveRoute a) {
            Archive archive = archive(a.archive());
            return archive == a.archive() ? r : new Route.ArchiveRoute(archive);
        }
        if (r instanceof Route.ArchiveYearRoute y) {
            Archive.Year year = year(y.year());
            return year == y.year() ? r : new Route.ArchiveYearRoute(year);
        }
        // Pages, aliases, search and 404 show no post summary.
        return r;
    }

    @SuppressWarnings("unchecked")
    private <T> T memo(T old, java.util.function.Supplier<T> make) {
        Object n = done.get(old);
        if (n == null) {
            n = make.get();
            done.put(old, n);
        }
        return (T) n;
    }
}
