package dev.kiln.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the posts most related to each post: two points per shared tag, one for a shared
 * category, ties broken by closeness in time. Candidates are only the posts near each post in its
 * terms' date-ordered lists, which keeps the work linear in the number of posts (a term with
 * 5,000 posts would otherwise make this quadratic).
 */
final class Related {
    static final int COUNT = 3;
    private static final int WINDOW = 12;

    private final Map<String, Term> tags;
    private final Map<String, Term> categories;
    private final Map<Term, Map<Summary, Integer>> positions = new IdentityHashMap<>();

    Related(Taxonomy tagTaxonomy, Taxonomy categoryTaxonomy) {
        this.tags = index(tagTaxonomy);
        this.categories = index(categoryTaxonomy);
    }

    private static Map<String, Term> index(Taxonomy taxonomy) {
        Map<String, Term> out = new HashMap<>();
        if (taxonomy != null) taxonomy.terms().forEach(t -> out.put(t.slug(), t));
        return out;
    }

    /** Must be called before {@link #of} is used from several threads. */
    Related prepare() {
        for (Term t : tags.values()) positions.put(t, positionsOf(t));
        for (Term t : categories.values()) positions.put(t, positionsOf(t));
        return this;
    }

    private static Map<Summary, Integer> positionsOf(Term t) {
        Map<Summary, Integer> m = new IdentityHashMap<>();
        for (int i = 0; i < t.posts().size(); i++) m.put(t.posts().get(i), i);
        return m;
    }

    List<Summary> of(Summary post) {
        Map<Summary, Integer> score = new IdentityHashMap<>();
        for (TermRef ref : post.tags()) collect(tags.get(ref.slug()), post, 2, score);
        for (TermRef ref : post.categories()) collect(categories.get(ref.slug()), post, 1, score);
        long when = post.date().toEpochSecond();
        Comparator<Summary> better = Comparator.<Summary>comparingInt(s -> -score.get(s))
                .thenComparingLong(s -> Math.abs(s.date().toEpochSecond() - when))
                .thenComparing(Summary::source);
        // The best COUNT of ~100 candidates by insertion: no full sort for every post of the site.
        List<Summary> best = new ArrayList<>(COUNT + 1);
        for (Summary candidate : score.keySet()) {
            int at = best.size();
            while (at > 0 && better.compare(candidate, best.get(at - 1)) < 0) at--;
            if (at < COUNT) {
                best.add(at, candidate);
                if (best.size() > COUNT) best.remove(COUNT);
            }
        }
        return List.copyOf(best);
    }

    private void collect(Term term, Summary post, int points, Map<Summary, Integer> score) {
        if (term == null) return;
        Integer at = positions.get(term).get(post);
        if (at == null) return;
        List<Summary> list = term.posts();
        for (int i = Math.max(0, at - WINDOW); i < Math.min(list.size(), at + WINDOW + 1); i++) {
            Summary other = list.get(i);
            if (other != post) score.merge(other, points, Integer::sum);
        }
    }
}
