package dev.kiln.feed;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One post as every feed format shows it, with its text already cleaned for XML and its content's
 * URLs absolute. {@code contentHtml} is empty when the site publishes excerpts only.
 */
record FeedEntry(
        String id,
        String title,
        String link,
        ZonedDateTime published,
        ZonedDateTime updated,
        List<Person> authors,
        List<Category> categories,
        String summary,
        String contentHtml,
        Optional<String> original) {

    FeedEntry {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }

    /** The same entry with no content: for feeds that carry summaries only. */
    FeedEntry withoutContent() {
        return contentHtml.isEmpty() ? this
                : new FeedEntry(id, title, link, published, updated, authors, categories, summary, "", original);
    }

    /** An author: display name and the URL of their page (may be empty). */
    record Person(String name, String url) {}

    /** A category or tag: its display name and the absolute URL of its taxonomy's index as the scheme. */
    record Category(String name, String scheme) {}
}
