package dev.kiln.config;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's settings from {@code kiln.yaml}, with every default applied. {@code baseUrl} always
 * ends with a slash; {@code params} keeps the user's free-form values in file order; {@code robots}
 * holds the lines robots.txt gets before its sitemap line (empty: allow everything).
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        ZoneId timezone,
        Optional<String> author,
        int paginate,
        PermalinkPattern postPermalink,
        Taxonomies taxonomies,
        String output,
        Optional<String> theme,
        boolean highlightCode,
        FeedSettings feeds,
        SearchSettings search,
        ImageSettings images,
        Map<String, Object> params,
        List<String> robots) {

    public static final String DEFAULT_BASE_URL = "https://example.com/";

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
        if (paginate < 1) throw new IllegalArgumentException("paginate must be positive: " + paginate);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        robots = List.copyOf(robots);
    }

    /** The settings of a site that has no {@code kiln.yaml}. */
    public static SiteConfig defaults() {
        return new SiteConfig("My Blog", "", DEFAULT_BASE_URL, "en", ZoneId.of("UTC"), Optional.empty(), 10,
                PermalinkPattern.DEFAULT_POSTS, Taxonomies.ALL, "public", Optional.empty(), true,
                FeedSettings.DEFAULTS, SearchSettings.DEFAULTS, ImageSettings.DEFAULTS, Map.of(), List.of());
    }

    /** The same settings with another base URL (the {@code --base-url} flag). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, timezone, author, paginate, postPermalink,
                taxonomies, output, theme, highlightCode, feeds, search, images, params, robots);
    }

    /** The path part of the base URL, e.g. {@code /blog/} for {@code https://x.org/blog/}. */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = baseUrl.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }

    /** Which taxonomies the site has. */
    public record Taxonomies(boolean categories, boolean tags, boolean authors) {
        public static final Taxonomies ALL = new Taxonomies(true, true, true);
    }

    /** Which feed formats are written and what an entry holds. */
    public record FeedSettings(boolean rss, boolean atom, boolean json, int limit, boolean fullContent,
                               TermFeeds termFeeds) {
        public static final FeedSettings DEFAULTS = new FeedSettings(true, true, true, 20, true, TermFeeds.SUMMARY);
    }

    /**
     * What each category's, tag's and author's feeds carry. Summaries by default: a site has dozens of
     * terms, and full content in each of their feeds, in three formats, made most of the bytes of a
     * build (76 of 108 MB at 1,000 posts) while readers of a topic's feed mostly follow the link.
     */
    public enum TermFeeds {
        FULL, SUMMARY, OFF;

        /** The word kiln.yaml uses for it. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The built-in search: on or off, the content sections it covers (folders under {@code content/};
     * {@code pages} also means the pages directly in {@code content/}) and each field's weight
     * (0 leaves a field out), in {@link #FIELDS} order.
     */
    public record SearchSettings(boolean enabled, List<String> sections, Map<String, Integer> fields) {
        /** The fields a post or page can be searched by. */
        public static final List<String> FIELDS = List.of("title", "tags", "categories", "authors", "excerpt", "body");
        public static final SearchSettings DEFAULTS = new SearchSettings(true, List.of("posts"),
                weights(Map.of("title", 5, "tags", 3, "categories", 2, "authors", 0, "excerpt", 1, "body", 1)));

        public SearchSettings {
            sections = List.copyOf(sections);
            fields = weights(fields);
        }

        private static Map<String, Integer> weights(Map<String, Integer> given) {
            Map<String, Integer> ordered = new LinkedHashMap<>();
            for (String f : FIELDS) ordered.put(f, Math.max(0, given.getOrDefault(f, 0)));
            return Collections.unmodifiableMap(ordered);
        }

        /** The weight of {@code field}; 0 when it is not searched. */
        public int weight(String field) {
            return fields.getOrDefault(field, 0);
        }
    }

    /**
     * Responsive images: the widths of the resized variants (ascending; none wider than the
     * original is made), the JPEG and WebP quality (1–100), whether WebP variants are made (when
     * {@code cwebp} is installed), the width of the social-card image and the {@code sizes}
     * attribute, which tells the browser how wide the theme shows a content image.
     */
    public record ImageSettings(List<Integer> widths, int quality, boolean webp, int socialWidth, String sizes) {
        public static final ImageSettings DEFAULTS = new ImageSettings(List.of(480, 960, 1440), 80, true, 1200,
                "(min-width: 42.5rem) 40rem, calc(100vw - 2.5rem)");

        public ImageSettings {
            widths = widths.stream().distinct().sorted().toList();
            Objects.requireNonNull(sizes, "sizes");
            if (quality < 1 || quality > 100) throw new IllegalArgumentException("quality must be 1–100: " + quality);
        }
    }
}
