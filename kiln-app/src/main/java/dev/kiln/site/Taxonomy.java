package dev.kiln.site;

import java.util.List;

/**
 * A taxonomy: {@code key} as used in URLs ({@code categories}, {@code tags}, {@code authors}), the
 * title of its index page, and its terms sorted by name.
 */
public record Taxonomy(String key, String singular, String title, UrlPath url, List<Term> terms) {
    public Taxonomy {
        terms = List.copyOf(terms);
    }
}
