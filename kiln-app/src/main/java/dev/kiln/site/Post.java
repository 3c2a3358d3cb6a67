package dev.kiln.site;

import dev.kiln.markdown.Heading;
import dev.kiln.source.CompactText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dated post placed in the site: its summary, rendered body and everything its page shows. The
 * body and its readable text (for search; empty when search is off) are held compact
 * ({@link CompactText}): a site holds every post's body at once.
 */
public record Post(
        Summary summary,
        CompactText body,
        CompactText readable,
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

    public Post(Summary summary, String html, String text, List<Heading> toc, int wordCount,
                Optional<String> canonicalUrl, List<UrlPath> aliases, Optional<String> image, boolean draft,
                Map<String, Object> params) {
        this(summary, CompactText.of(html), CompactText.of(text), toc, wordCount, canonicalUrl, aliases, image, draft,
                params);
    }

    /** The rendered body's HTML. */
    public String html() {
        return body.text();
    }

    /** The body's readable text, as search indexes it; empty when search is off. */
    public String text() {
        return readable.text();
    }

    /** {@link #text()} as UTF-8, not decoded: search scans and stores it as it is. */
    public byte[] textUtf8() {
        return readable.utf8();
    }

    public UrlPath url() {
        return summary.url();
    }

    /** Whether feeds and the sitemap list this post at {@code now}: not a draft, not dated after it. */
    public boolean syndicated(java.time.Instant now) {
        return !draft && !summary.date().toInstant().isAfter(now);
    }
}
