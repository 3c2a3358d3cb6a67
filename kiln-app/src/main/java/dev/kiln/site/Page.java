package dev.kiln.site;

import dev.kiln.markdown.Heading;
import dev.kiln.source.SourcePath;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An undated page (about, colophon…) placed in the site; {@code text} is the body's readable text, for search. */
public record Page(
        SourcePath source,
        String title,
        UrlPath url,
        String description,
        String html,
        String text,
        List<Heading> toc,
        Optional<String> image,
        List<UrlPath> aliases,
        Map<String, Object> params) {

    public Page {
        toc = List.copyOf(toc);
        aliases = List.copyOf(aliases);
    }
}
