package dev.kiln.importer;

import dev.kiln.content.DocumentKind;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One source file as it will be written into the Kiln site: where ({@code dest}, relative to
 * DEST), as a post or page, its mapped front matter (aliases are added when written), its date
 * and first category (for the permalink), the URLs it had in the old site, and the files of its
 * bundle to copy beside it.
 */
record Planned(ForeignDoc source, DocumentKind kind, String dest, Map<String, Object> frontMatter,
        Optional<ZonedDateTime> date, String slug, Optional<String> category, List<String> oldUrls,
        List<Copy> resources) {
    Planned {
        frontMatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter));
        oldUrls = List.copyOf(oldUrls);
        resources = List.copyOf(resources);
    }

    /** Which file to copy where: {@code from} relative to SRC, {@code to} relative to DEST. */
    record Copy(String from, String to) {}
}
