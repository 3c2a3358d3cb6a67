package dev.kiln.content;

import dev.kiln.data.DataEntry;
import dev.kiln.data.DataFormat;
import dev.kiln.data.DataList;
import dev.kiln.data.DataMap;
import dev.kiln.data.DataNode;
import dev.kiln.data.DataScalar;
import dev.kiln.data.Suggestions;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.Location;
import dev.kiln.source.SourceText;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the known keys of a front-matter map into a {@link FrontMatter}, the rest into params. */
final class FrontMatterReader {
    static final List<String> KNOWN_KEYS = List.of("title", "date", "author", "authors", "category",
            "categories", "tags", "tag", "excerpt", "summary", "description", "draft", "slug", "updated",
            "lastmod", "canonical_url", "aliases", "image");

    private final SourceText text;
    private final Diagnostics diagnostics;
    private final ZoneId zone;

    FrontMatterReader(SourceText text, Diagnostics diagnostics, ZoneId zone) {
        this.text = text;
        this.diagnostics = diagnostics;
        this.zone = zone;
    }

    /** The front matter, or empty when any error was reported (all of them are). */
    Optional<FrontMatter> read(DataMap map, DocumentKind kind, DataFormat format, Location opening) {
        FrontMatterFields fields = new FrontMatterFields(map, text, diagnostics, zone);
        String title = title(fields, format, opening);
        Optional<ZonedDateTime> date = fields.date("date", "date");
        if (kind == DocumentKind.POST && map.get("date").filter(e -> !isNull(e.value())).isEmpty()) {
            fields.error("front-matter.date-missing", opening, "a post needs a date",
                    "add " + example(format, "date", "2024-11-18") + " to the front matter");
        }
        List<String> authors = fields.texts("authors", "author", "authors");
        List<String> categories = fields.texts("categories", "category", "categories");
        List<String> tags = fields.texts("tags", "tags", "tag");
        Optional<String> excerpt = fields.text("excerpt", "excerpt", "summary", "description");
        boolean draft = fields.flag("draft", "draft");
        Optional<String> slug = fields.text("slug", "slug");
        Optional<ZonedDateTime> updated = fields.date("updated", "updated", "lastmod");
        Optional<String> canonicalUrl = fields.text("canonical_url", "canonical_url");
        canonicalUrl.ifPresent(url -> checkAbsolute(url, fields));
        List<String> aliases = fields.texts("aliases", "aliases");
        Optional<String> image = fields.text("image", "image");
        Map<String, Object> params = params(map);
        if (fields.failed()) return Optional.empty();
        return Optional.of(new FrontMatter(title, date, authors, categories, tags, excerpt, draft, slug, updated,
                canonicalUrl, aliases, image, params, fields.locations()));
    }

    private static String title(FrontMatterFields fields, DataFormat format, Location opening) {
        Optional<DataNode> node = fields.first("title", "title").map(DataEntry::value);
        String hint = "add " + example(format, "title", "\"My title\"") + " to the front matter";
        if (node.isEmpty()) {
            fields.error("front-matter.title-missing", opening, "title is required", hint);
            return "";
        }
        if (!(node.get() instanceof DataScalar)) {
            fields.error("front-matter.title", node.get().location(),
                    "title must be text, not " + FrontMatterFields.describe(node.get()), hint);
            return "";
        }
        // A number or boolean is taken as written: title: 2024 is the title "2024".
        String title = ((DataScalar) node.get()).raw().strip();
        if (title.isEmpty()) fields.error("front-matter.title", node.get().location(), "title is empty", hint);
        return title;
    }

    private static void checkAbsolute(String url, FrontMatterFields fields) {
        boolean ok;
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            ok = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            ok = false;
        }
        if (!ok) {
            fields.error("front-matter.canonical-url", fields.locations().get("canonical_url"),
                    "\"" + url + "\" is not an absolute http(s) URL",
                    "write the full address, like https://example.com/posts/my-post/");
        }
    }

    /** Unknown keys, in file order; a near miss of a known key is warned about, since it is likely a typo. */
    private Map<String, Object> params(DataMap map) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (DataEntry entry : map.entries()) {
            if (KNOWN_KEYS.contains(entry.key())) continue;
            params.put(entry.key(), plain(entry.value()));
            Suggestions.nearest(entry.key(), KNOWN_KEYS).ifPresent(known -> diagnostics.warning(
                    "front-matter.unknown-key", text, entry.keyLocation(), "unknown key \"" + entry.key() + "\"",
                    "did you mean \"" + known + "\"?"));
        }
        return params;
    }

    /** A data node as the plain values templates use; the reader already bounded the nesting depth. */
    private static Object plain(DataNode node) {
        if (node instanceof DataScalar) return ((DataScalar) node).value();
        if (node instanceof DataList) {
            List<Object> items = new ArrayList<>();
            for (DataNode item : ((DataList) node).items()) items.add(plain(item));
            return Collections.unmodifiableList(items);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (DataEntry entry : ((DataMap) node).entries()) map.put(entry.key(), plain(entry.value()));
        return Collections.unmodifiableMap(map);
    }

    /** A line that sets {@code key} in the file's own format, for hints. */
    private static String example(DataFormat format, String key, String value) {
        String quoted = value.startsWith("\"") ? value : "\"" + value + "\"";
        if (format == DataFormat.TOML) return key + " = " + value;
        if (format == DataFormat.JSON) return "\"" + key + "\": " + quoted;
        return key + ": " + value;
    }

    private static boolean isNull(DataNode node) {
        return node instanceof DataScalar && ((DataScalar) node).isNull();
    }
}
