package dev.kiln.content;

import dev.kiln.source.Location;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed front matter of one document. Dates written without an offset are in the site's time
 * zone; dates with one keep it. {@code params} holds every unknown key in file order as plain Java
 * values (String, Long, Double, Boolean, LocalDate, LocalDateTime, OffsetDateTime, null, List,
 * Map) for templates. {@code keyLocations} maps each known field that was present, by its
 * canonical name (title, date, authors, categories, tags, excerpt, draft, slug, updated,
 * canonical_url, aliases, image), to the location of its value.
 */
public record FrontMatter(
        String title,
        Optional<ZonedDateTime> date,
        List<String> authors,
        List<String> categories,
        List<String> tags,
        Optional<String> excerpt,
        boolean draft,
        Optional<String> slug,
        Optional<ZonedDateTime> updated,
        Optional<String> canonicalUrl,
        List<String> aliases,
        Optional<String> image,
        Map<String, Object> params,
        Map<String, Location> keyLocations) {

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(image, "image");
        // LinkedHashMap, not Map.copyOf: templates see params in file order, and values may be null.
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        keyLocations = Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
    }
}
