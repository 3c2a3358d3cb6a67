package dev.kiln.site;

import dev.kiln.source.SourcePath;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** What lists, feeds and neighbour links show of a post. Equal summaries render equal lists. */
public record Summary(
        SourcePath source,
        String title,
        UrlPath url,
        ZonedDateTime date,
        Optional<ZonedDateTime> updated,
        String excerpt,
        List<TermRef> categories,
        List<TermRef> tags,
        List<TermRef> authors,
        int readingMinutes) {

    public Summary {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
    }

    /** The later of the publication and the update date. */
    public ZonedDateTime lastModified() {
        return updated.filter(u -> u.isAfter(date)).orElse(date);
    }
}
