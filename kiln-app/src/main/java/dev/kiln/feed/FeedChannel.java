package dev.kiln.feed;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One feed before it takes a format: its title and description, the page it belongs to
 * ({@code homeUrl}), the absolute URLs of its three formats, the site's author and its entries
 * newest first. {@code updated} is the latest entry change, or the epoch for an empty feed (never
 * the clock, so that a rebuild writes the same bytes).
 */
record FeedChannel(
        String title,
        String description,
        String language,
        String homeUrl,
        String rssUrl,
        String atomUrl,
        String jsonUrl,
        String author,
        ZonedDateTime updated,
        List<FeedEntry> entries) {

    static final String GENERATOR = "Kiln";

    FeedChannel {
        entries = List.copyOf(entries);
    }
}
