package dev.kiln.config;

import dev.kiln.data.DataEntry;
import dev.kiln.data.DataFormat;
import dev.kiln.data.DataList;
import dev.kiln.data.DataMap;
import dev.kiln.data.DataNode;
import dev.kiln.data.DataReader;
import dev.kiln.data.DataScalar;
import dev.kiln.data.Suggestions;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code kiln.yaml} into a {@link SiteConfig}. Every problem becomes a diagnostic at the
 * offending value, and a bad value falls back to its default so that all problems of the file are
 * reported in one build.
 */
public final class ConfigLoader {
    public static final SourcePath FILE = SourcePath.of("kiln.yaml");

    static final List<String> KEYS = List.of("title", "description", "base_url", "language", "timezone",
            "author", "paginate", "permalinks", "taxonomies", "output", "theme", "markdown", "feeds", "search", "images", "params", "robots");
    private static final List<String> PERMALINK_KEYS = List.of("posts");
    private static final List<String> TAXONOMY_KEYS = List.of("category", "tag", "author");
    private static final List<String> MARKDOWN_KEYS = List.of("highlight");
    private static final List<String> FEED_KEYS = List.of("rss", "atom", "json", "limit", "full_content", "term_feeds");
    private static final List<String> SEARCH_KEYS = List.of("enabled", "sections", "fields");
    private static final List<String> IMAGE_KEYS = List.of("widths", "quality", "webp", "social_width", "sizes");

    private ConfigLoader() {}

    /** The config in {@code text}, or the defaults for what is missing or wrong. */
    public static SiteConfig load(SourceText text, Diagnostics diagnostics) {
        SiteConfig d = SiteConfig.defaults();
        if (text.text().isBlank()) return d;
        Optional<DataNode> root = DataReader.read(text, 0, text.text().length(), DataFormat.YAML, diagnostics);
        if (root.isEmpty()) return d;
        if (!(root.get() instanceof DataMap map)) {
            diagnostics.error("config.type", text, root.get().location(), "kiln.yaml must be a mapping of keys to values",
                    "write settings as `key: value` lines, e.g. `title: My Blog`");
            return d;
        }
        Reader r = new Reader(text, diagnostics);
        r.warnUnknown(map, KEYS, "");
        String baseUrl = r.string(map, "base_url").orElse(d.baseUrl());
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            r.errorAt(map, "base_url", "config.base-url", "base_url must be an absolute http(s) URL",
                    "write it like https://blog.example.org/");
            baseUrl = d.baseUrl();
        }
        ZoneId zone = r.string(map, "timezone").flatMap(z -> r.zone(map, z)).orElse(d.timezone());
        int paginate = r.integer(map, "paginate", 1, 10_000).orElse(d.paginate());

        PermalinkPattern posts = d.postPermalink();
        Optional<DataMap> permalinks = r.map(map, "permalinks");
        if (permalinks.isPresent()) {
            r.warnUnknown(permalinks.get(), PERMALINK_KEYS, "permalinks.");
            Optional<String> p = r.string(permalinks.get(), "posts");
            if (p.isPresent()) {
                Optional<PermalinkPattern> parsed = PermalinkPattern.parse(p.get());
                if (parsed.isPresent()) {
                    posts = parsed.get();
                } else {
                    r.errorAt(permalinks.get(), "posts", "config.permalink",
                            "\"" + p.get() + "\" is not a valid permalink pattern",
                            "start with /, include :slug, and use only :year :month :day :slug :category");
                }
            }
        }
        SiteConfig.Taxonomies tax = d.taxonomies();
        Optional<DataMap> taxonomies = r.map(map, "taxonomies");
        if (taxonomies.isPresent()) {
            r.warnUnknown(taxonomies.get(), TAXONOMY_KEYS, "taxonomies.");
            tax = new SiteConfig.Taxonomies(
                    r.bool(taxonomies.get(), "category").orElse(true),
                    r.bool(taxonomies.get(), "tag").orElse(true),
                    r.bool(taxonomies.get(), "author").orElse(true));
        }
        boolean highlight = d.highlightCode();
        Optional<DataMap> markdown = r.map(map, "markdown");
        if (markdown.isPresent()) {
            r.warnUnknown(markdown.get(), MARKDOWN_KEYS, "markdown.");
            highlight = r.bool(markdown.get(), "highlight").orElse(highlight);
        }
        SiteConfig.FeedSettings feeds = d.feeds();
        Optional<DataMap> feedMap = r.map(map, "feeds");
        if (feedMap.isPresent()) {
            DataMap f = feedMap.get();
            r.warnUnknown(f, FEED_KEYS, "feeds.");
            feeds = new SiteConfig.FeedSettings(r.bool(f, "rss").orElse(feeds.rss()), r.bool(f, "atom").orElse(feeds.atom()),
                    r.bool(f, "json").orElse(feeds.json()), r.integer(f, "limit", 1, 100_000).orElse(feeds.limit()),
                    r.bool(f, "full_content").orElse(feeds.fullContent()),
                    r.termFeeds(f).orElse(feeds.termFeeds()));
        }
        SiteConfig.SearchSettings search = d.search();
        if (map.get("search").filter(e -> e.value() instanceof DataScalar sc && sc.value() instanceof Boolean).isPresent()) {
            search = new SiteConfig.SearchSettings(r.bool(map, "search").orElse(true), search.sections(), search.fields());
        } else {
            search = r.map(map, "search").map(r::search).orElse(search);
        }
        SiteConfig.ImageSettings images = r.map(map, "images").map(r::images).orElse(d.images());
        Map<String, Object> params = r.map(map, "params").map(ConfigLoader::plain).orElse(Map.of());
        return new SiteConfig(
                r.string(map, "title").orElse(d.title()),
                r.string(map, "description").orElse(d.description()),
                baseUrl,
                r.string(map, "language").orElse(d.language()),
                zone,
                r.string(map, "author"),
                paginate,
                posts,
                tax,
                r.string(map, "output").orElse(d.output()),
                r.string(map, "theme"),
                highlight,
                feeds,
                search,
                images,
                params,
                r.lines(map, "robots").orElse(d.robots()));
    }

    private static String text(DataNode scalar) {
        DataScalar s = (DataScalar) scalar;
        return s.value() instanceof String str ? str : s.raw();
    }

    /** The user's free-form values as plain Java maps, lists and scalars, for templates. */
    static Map<String, Object> plain(DataMap map) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (DataEntry e : map.entries()) out.put(e.key(), plainValue(e.value()));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Object plainValue(DataNode node) {
        if (node instanceof DataMap m) return plain(m);
        if (node instanceof DataList l) return l.items().stream().map(ConfigLoader::plainValue).toList();
        Object v = ((DataScalar) node).value();
        return v == null ? "" : v;
    }

    /** Typed access to config values; a wrong type is reported and treated as absent. */
    private record Reader(SourceText text, Diagnostics diagnostics) {
        void warnUnknown(DataMap map, List<String> known, String prefix) {
            for (DataEntry e : map.entries()) {
                if (known.contains(e.key())) continue;
                Optional<String> near = Suggestions.nearest(e.key(), known);
                diagnostics.warning("config.unknown-key", text, e.keyLocation(),
                        "unknown setting \"" + prefix + e.key() + "\"",
                        near.map(n -> "did you mean \"" + prefix + n + "\"?")
                                .orElse("known settings here: " + String.join(", ", known)));
            }
        }

        void errorAt(DataMap map, String key, String code, String message, String hint) {
            map.get(key).ifPresent(e -> diagnostics.error(code, text, e.value().location(), message, hint));
        }

        Optional<String> string(DataMap map, String key) {
            Optional<DataEntry> e = map.get(key);
            if (e.isEmpty()) return Optional.empty();
            if (e.get().value() instanceof DataScalar s && s.value() != null && !(s.value() instanceof Boolean)) {
                return Optional.of(s.value() instanceof String str ? str : s.raw());
            }
            diagnostics.error("config.type", text, e.get().value().location(), key + " must be text",
                    "write it as " + key + ": \"…\"");
            return Optional.empty();
        }

        Optional<Boolean> bool(DataMap map, String key) {
            Optional<DataEntry> e = map.get(key);
            if (e.isEmpty()) return Optional.empty();
            if (e.get().value() instanceof DataScalar s && s.value() instanceof Boolean b) return Optional.of(b);
            diagnostics.error("config.type", text, e.get().value().location(), key + " must be true or false",
                    "write it as " + key + ": true");
            return Optional.empty();
        }

        Optional<Integer> integer(DataMap map, String key, int min, int max) {
            Optional<DataEntry> e = map.get(key);
            if (e.isEmpty()) return Optional.empty();
            if (e.get().value() instanceof DataScalar s && s.value() instanceof Long n && n >= min && n <= max) {
                return Optional.of(n.intValue());
            }
            diagnostics.error("config.type", text, e.get().value().location(),
                    key + " must be a whole number from " + min + " to " + max, "write it as " + key + ": 10");
            return Optional.empty();
        }

        /** A list of text lines, or one block of text split into lines. */
        Optional<List<String>> lines(DataMap map, String key) {
            Optional<DataEntry> e = map.get(key);
            if (e.isEmpty()) return Optional.empty();
            DataNode v = e.get().value();
            if (v instanceof DataScalar s && s.value() instanceof String str) return Optional.of(str.lines().toList());
            if (v instanceof DataList l && l.items().stream().allMatch(i -> i instanceof DataScalar s && !s.isNull())) {
                return Optional.of(l.items().stream().map(ConfigLoader::text).toList());
            }
            diagnostics.error("config.type", text, v.location(), key + " must be a list of lines",
                    "write each line as an item, e.g. " + key + ": [\"Disallow: /drafts/\"]");
            return Optional.empty();
        }

        Optional<SiteConfig.TermFeeds> termFeeds(DataMap map) {
            Optional<String> word = string(map, "term_feeds");
            if (word.isEmpty()) return Optional.empty();
            for (SiteConfig.TermFeeds t : SiteConfig.TermFeeds.values()) {
                if (t.word().equals(word.get())) return Optional.of(t);
            }
            errorAt(map, "term_feeds", "config.value", "term_feeds must be full, summary or off, not \"" + word.get() + "\"",
                    "write term_feeds: summary (excerpts), full (whole posts) or off (no feeds per category, tag or author)");
            return Optional.empty();
        }

        Optional<DataMap> map(DataMap map, String key) {
            Optional<DataEntry> e = map.get(key);
            if (e.isEmpty()) return Optional.empty();
            if (e.get().value() instanceof DataMap m) return Optional.of(m);
            diagnostics.error("config.type", text, e.get().value().location(), key + " must be a mapping",
                    "indent its settings under " + key + ":");
            return Optional.empty();
        }

        SiteConfig.SearchSettings search(DataMap s) {
            SiteConfig.SearchSettings d = SiteConfig.SearchSettings.DEFAULTS;
            warnUnknown(s, SEARCH_KEYS, "search.");
            List<String> sections = d.sections();
            Optional<DataEntry> given = s.get("sections");
            if (given.isPresent() && given.get().value() instanceof DataList list) {
                sections = list.items().stream().filter(i -> i instanceof DataScalar sc && sc.value() != null)
                        .map(i -> String.valueOf(((DataScalar) i).value())).toList();
            } else if (given.isPresent()) {
                diagnostics.error("config.type", text, given.get().value().location(), "sections must be a list",
                        "write it as sections: [posts, docs]");
            }
            Map<String, Integer> fields = new LinkedHashMap<>(d.fields());
            Optional<DataMap> weights = map(s, "fields");
            if (weights.isPresent()) {
                warnUnknown(weights.get(), SiteConfig.SearchSettings.FIELDS, "search.fields.");
                for (String f : SiteConfig.SearchSettings.FIELDS) integer(weights.get(), f, 0, 100).ifPresent(w -> fields.put(f, w));
            }
            return new SiteConfig.SearchSettings(bool(s, "enabled").orElse(d.enabled()), sections, fields);
        }

        SiteConfig.ImageSettings images(DataMap m) {
            SiteConfig.ImageSettings d = SiteConfig.ImageSettings.DEFAULTS;
            warnUnknown(m, IMAGE_KEYS, "images.");
            List<Integer> widths = d.widths();
            Optional<DataEntry> given = m.get("widths");
            if (given.isPresent()) {
                if (given.get().value() instanceof DataList list && list.items().stream().allMatch(
                        i -> i instanceof DataScalar sc && sc.value() instanceof Long n && n >= 16 && n <= 8192)) {
                    widths = list.items().stream().map(i -> ((Long) ((DataScalar) i).value()).intValue()).toList();
                } else {
                    diagnostics.error("config.type", text, given.get().value().location(),
                            "widths must be a list of widths in pixels from 16 to 8192",
                            "write it as widths: [480, 960, 1440], or widths: [] for no resized variants");
                }
            }
            return new SiteConfig.ImageSettings(widths, integer(m, "quality", 1, 100).orElse(d.quality()),
                    bool(m, "webp").orElse(d.webp()), integer(m, "social_width", 16, 8192).orElse(d.socialWidth()),
                    string(m, "sizes").orElse(d.sizes()));
        }

        Optional<ZoneId> zone(DataMap map, String id) {
            try {
                return Optional.of(ZoneId.of(id));
            } catch (DateTimeException e) {
                errorAt(map, "timezone", "config.timezone", "\"" + id + "\" is not a time zone",
                        "use an IANA name such as UTC, Europe/Berlin or America/New_York");
                return Optional.empty();
            }
        }
    }
}
