package dev.kiln.importer;

import dev.kiln.config.PermalinkPattern;
import dev.kiln.content.DocumentKind;
import dev.kiln.site.Slugs;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The URL a planned document will have in the Kiln site (the same rules as Kiln's own placement:
 * the posts permalink pattern; a page's folders below content/ plus its slug), and the URLs that
 * Kiln makes itself, which an old URL may not take over.
 */
final class KilnUrls {
    private static final List<String> RESERVED_FILES = List.of("/", "/404.html", "/rss.xml", "/atom.xml", "/feed.json",
            "/sitemap.xml", "/robots.txt", "/archive/", "/tags/", "/categories/", "/authors/");
    /** Home pages, the search index, archive years, and every page and feed of a term. */
    private static final java.util.regex.Pattern RESERVED = java.util.regex.Pattern.compile(
            "/page/.*|/search/.*|/sitemap-\\d+\\.xml|/archive/\\d{4}/|/(tags|categories|authors)/.*(/|\\.xml|\\.json)");

    private final PermalinkPattern posts;

    KilnUrls(String permalink) {
        this.posts = PermalinkPattern.parse(permalink).orElse(PermalinkPattern.DEFAULT_POSTS);
    }

    String of(Planned doc) {
        if (doc.kind() == DocumentKind.POST) {
            ZonedDateTime d = doc.date().orElseThrow();
            return posts.expand(new PermalinkPattern.Values(String.format("%04d", d.getYear()),
                    String.format("%02d", d.getMonthValue()), String.format("%02d", d.getDayOfMonth()),
                    Slugs.of(doc.slug()), doc.category().map(Slugs::of).orElse("uncategorized")));
        }
        String dest = doc.dest();
        String folder = dest.substring(0, dest.lastIndexOf('/'));
        folder = folder.equals("content") ? "" : folder.substring("content/".length());
        boolean bundle = dest.endsWith("/index.md") && !folder.isEmpty();
        if (bundle) folder = folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : "";
        List<String> segments = new ArrayList<>();
        if (!folder.isEmpty()) for (String s : folder.split("/")) segments.add(Slugs.of(s));
        segments.add(Slugs.of(doc.slug()));
        return "/" + String.join("/", segments) + "/";
    }

    /** True when Kiln makes this URL itself (home, lists, taxonomies, feeds, …). */
    static boolean reserved(String url) {
        return RESERVED_FILES.contains(url) || RESERVED.matcher(url).matches();
    }

    /**
     * An old URL as a Kiln alias (a site path): a full URL of another host, a query or a fragment,
     * {@code ..} or nothing at all give empty. Percent-escapes are decoded, since aliases are
     * written as files.
     */
    static Optional<String> aliasOf(String url) {
        String u = url.strip();
        if (u.isEmpty() || u.contains("://") || u.startsWith("//") || u.contains("?") || u.contains("#") || u.contains("\\")) {
            return Optional.empty();
        }
        try {
            u = java.net.URLDecoder.decode(u.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A stray % stays as written.
        }
        if (!u.startsWith("/")) u = "/" + u;
        u = u.replaceAll("/{2,}", "/");
        for (String s : u.split("/")) if (s.equals("..") || s.equals(".")) return Optional.empty();
        if (u.chars().anyMatch(Character::isISOControl)) return Optional.empty();
        String last = u.substring(u.lastIndexOf('/') + 1);
        if (!u.endsWith("/") && !last.contains(".")) u = u + "/";
        if (u.endsWith("/index.html")) u = u.substring(0, u.length() - "index.html".length());
        return Optional.of(u);
    }
}
