package dev.kiln.build;

import dev.kiln.site.Archive;
import dev.kiln.site.Pager;
import dev.kiln.site.Post;
import dev.kiln.site.Route;
import dev.kiln.site.Summary;
import dev.kiln.site.Taxonomy;
import dev.kiln.site.Term;
import dev.kiln.source.SourcePath;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Route.equals}, made linear. List pages share big values (a term's posts, the archive):
 * comparing every page's copy costs pages × posts. Here each new summary, term and archive year is
 * compared once with its previous counterpart and the answer is remembered, so a list of summaries
 * compares by identity. Means exactly what {@code equals} means; records not listed here (posts,
 * pages, aliases and any route kind added later) fall back to {@code equals}.
 */
final class SameModel {
    private final List<Post> previousPosts;
    /** Made when first needed: a rebuild that changed no summary never reads it. */
    private Map<SourcePath, Summary> previousSummaries;
    private final Map<Summary, Boolean> summaries = new IdentityHashMap<>();
    private final Map<Term, Boolean> terms = new IdentityHashMap<>();
    private final Map<Archive.Year, Boolean> years = new IdentityHashMap<>();

    SameModel(List<Post> previousPosts) {
        this.previousPosts = previousPosts;
    }

    private Summary previousSummary(SourcePath source) {
        if (previousSummaries == null) {
            previousSummaries = new HashMap<>();
            for (Post p : previousPosts) previousSummaries.put(p.summary().source(), p.summary());
        }
        return previousSummaries.get(source);
    }

    boolean route(Route now, Route before) {
        if (now == before) return true;
        if (before == null || now.getClass() != before.getClass()) return false;
        if (now instanceof Route.HomeRoute n) return pager(n.pager(), ((Route.HomeRoute) before).pager());
        if (now instanceof Route.TermRoute n) {
            Route.TermRoute b = (Route.TermRoute) before;
            return n.taxonomyKey().equals(b.taxonomyKey()) && n.taxonomySingular().equals(b.taxonomySingular())
                    && n.taxonomyTitle().equals(b.taxonomyTitle()) && n.term().equals(b.term())
                    && n.syndicated() == b.syndicated() && pager(n.pager(), b.pager());
        }
        if (now instanceof Route.TaxonomyRoute n) return taxonomy(n.taxonomy(), ((Route.TaxonomyRoute) before).taxonomy());
        if (now instanceof Route.ArchiveRoute n) {
            Archive b = ((Route.ArchiveRoute) before).archive();
            return n.archive().url().equals(b.url()) && all(n.archive().years(), b.years(), this::year);
        }
        if (now instanceof Route.ArchiveYearRoute n) return year(n.year(), ((Route.ArchiveYearRoute) before).year());
        return now.equals(before);
    }

    private boolean taxonomy(Taxonomy n, Taxonomy b) {
        return n.key().equals(b.key()) && n.singular().equals(b.singular()) && n.title().equals(b.title())
                && n.url().equals(b.url()) && all(n.terms(), b.terms(), this::term);
    }

    private boolean term(Term n, Term b) {
        if (n.posts().size() != b.posts().size()) return false;
        return terms.computeIfAbsent(n, k -> n.name().equals(b.name()) && n.slug().equals(b.slug())
                && n.url().equals(b.url()) && summaries(n.posts(), b.posts()));
    }

    private boolean year(Archive.Year n, Archive.Year b) {
        if (n.year() != b.year() || !n.url().equals(b.url()) || n.months().size() != b.months().size()) return false;
        return years.computeIfAbsent(n, k -> all(n.months(), b.months(),
                (x, y) -> x.year() == y.year() && x.month() == y.month() && summaries(x.posts(), y.posts())));
    }

    private boolean pager(Pager n, Pager b) {
        return n.base().equals(b.base()) && n.number() == b.number() && n.totalPages() == b.totalPages()
                && n.totalItems() == b.totalItems() && summaries(n.items(), b.items());
    }

    private boolean summaries(List<Summary> n, List<Summary> b) {
        return all(n, b, this::summary);
    }

    /** Equal if {@code before} is the previous build's summary of the same post and that one equals {@code now}. */
    private boolean summary(Summary now, Summary before) {
        if (now == before) return true;
        if (previousSummary(now.source()) != before) return now.equals(before);
        Boolean same = summaries.get(now);
        if (same == null) {
            same = now.equals(before);
            summaries.put(now, same);
        }
        return same;
    }

    private interface Same<T> {
        boolean test(T now, T before);
    }

    private static <T> boolean all(List<T> n, List<T> b, Same<T> same) {
        if (n.size() != b.size()) return false;
        for (int i = 0; i < n.size(); i++) {
            if (!same.test(n.get(i), b.get(i))) return false;
        }
        return true;
    }
}
