package dev.kiln.site;

import java.util.List;

/** One term of a taxonomy (a category, tag or author) with its posts, newest first. */
public record Term(String name, String slug, UrlPath url, List<Summary> posts) {
    public Term {
        posts = List.copyOf(posts);
    }

    public TermRef ref() {
        return new TermRef(name, slug, url);
    }
}
