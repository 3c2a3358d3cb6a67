package dev.kiln.importer;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Everything an import will write: kiln.yaml's settings, the documents, the static files, and the
 * report so far; {@code converter} turns a document's body into Kiln's Markdown.
 */
record SitePlan(Settings settings, List<Planned> docs, List<Planned.Copy> statics, BodyConverter converter) {
    SitePlan {
        docs = List.copyOf(docs);
        statics = List.copyOf(statics);
    }

    /** The kiln.yaml of the new site. {@code permalink} is Kiln's pattern for posts. */
    record Settings(String title, String description, String baseUrl, String language, ZoneId timezone,
            Optional<String> author, String permalink) {}

    /** Converts one body; reports what it leaves in place. */
    interface BodyConverter {
        String convert(Planned doc, LinkIndex links, ImportReport report);
    }
}
