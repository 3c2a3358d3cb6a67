package dev.kiln.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a taxonomy from posts. Names that give the same slug ({@code Kubernetes} and
 * {@code kubernetes}) are one term, shown with the spelling its newest post uses.
 */
final class Taxonomies {
    private Taxonomies() {}

    /** The term slugs of a raw name list, in order, without duplicates. */
    static List<TermRef> refs(UrlPath taxonomyUrl, List<String> names) {
        Map<String, TermRef> bySlug = new LinkedHashMap<>();
        for (String name : names) {
            String slug = Slugs.of(name);
            bySlug.putIfAbsent(slug, new TermRef(name, slug, taxonomyUrl.child(slug)));
        }
        return List.copyOf(bySlug.values());
    }

    /** {@code posts} must be newest first; terms come out sorted by name, then slug. */
    static Taxonomy build(String key, String singular, String title, List<Summary> posts,
                          Function<Summary, List<TermRef>> termsOf) {
        UrlPath url = UrlPath.of(key);
        Map<String, List<Summary>> postsBySlug = new LinkedHashMap<>();
        Map<String, String> nameBySlug = new LinkedHashMap<>();
        for (Summary post : posts) {
            for (TermRef ref : termsOf.apply(post)) {
                postsBySlug.computeIfAbsent(ref.slug(), s -> new ArrayList<>()).add(post);
                nameBySlug.putIfAbsent(ref.slug(), ref.name());
            }
        }
        List<Term> terms = new ArrayList<>(postsBySlug.size());
        postsBySlug.forEach((slug, list) -> terms.add(new Term(nameBySlug.get(slug), slug, url.child(slug), list)));
        terms.sort(Comparator.comparing((Term t) -> t.name().toLowerCase(java.util.Locale.ROOT)).thenComparing(Term::slug));
        return new Taxonomy(key, singular, title, url, terms);
    }
}
