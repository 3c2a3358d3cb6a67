package dev.kiln.site;

import dev.kiln.markdown.Heading;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A dated post placed in the site: its summary, rendered body and everything its page shows. */
public record Post(
        Summary summary,
        String html,
        List<Heading> toc,
        int wordCount,
        Optional<String> canonicalUrl,
        List<UrlPath> aliases,
        Optional<String> image,
        boolean draft,
        Map<String, Object> params) {

    public Post {
        toc = List.copyOf(toc);
        aliases = List.copyOf(aliases);
    }

    public UrlPath url() {
        return summary.url();
    }

    /** Whether feeds and the sitemap list this post at {@code now}: not a draft, not dated after it. */
    public boolean syndicated(java.time.Instant now) {
        return !draft && !summary.date().toInstant().isAfter(now);
    }
}
