package dev.kiln.importer;

import dev.kiln.content.DocumentKind;
import dev.kiln.data.DataEntry;
import dev.kiln.data.DataFormat;
import dev.kiln.data.DataList;
import dev.kiln.data.DataMap;
import dev.kiln.data.DataNode;
import dev.kiln.data.DataScalar;
import dev.kiln.site.Slugs;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the import of a Hugo site: front matter in YAML, TOML or JSON (keys in any case), the
 * dated pages of the main sections as posts (page bundles with their files), other pages and
 * sections' {@code _index.md} as pages, {@code static/} and loose content files as static files.
 * Each page's old URL ({@code url}, the site's {@code permalinks}, or its path; {@code slug}
 * honoured; lower case like Hugo) and its {@code aliases} are kept.
 */
final class HugoImport {
    private static final List<String> CONFIGS = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
            "config.yaml", "config.yml", "config.json", "config/_default/hugo.toml", "config/_default/hugo.yaml",
            "config/_default/config.toml", "config/_default/config.yaml");
    private static final List<String> NOT_IMPORTED = List.of("layouts", "themes", "assets", "data", "i18n", "archetypes");

    private final SourceSite site;
    private final ImportReport report;
    private final Clock clock;

    HugoImport(SourceSite site, ImportReport report, Clock clock) {
        this.site = site;
        this.report = report;
        this.clock = clock;
    }

    private record Read(ContentTree.Entry entry, ForeignDoc doc, String section, Optional<ZonedDateTime> date) {}

    SitePlan plan() throws IOException, ImportError {
        Optional<String> configFile = CONFIGS.stream().filter(site::exists).findFirst();
        if (configFile.isEmpty() || !site.exists("content")) {
            throw new ImportError(site.root + " is not a Hugo site: it needs a hugo.toml (or config.toml, .yaml, .json) and a content/ folder",
                    "pass the folder that holds the site's config file");
        }
        Cfg cfg = new Cfg(site.data(configFile.get(), format(configFile.get())).orElse(null));
        for (String extra : List.of("params", "permalinks")) {
            for (String ext : List.of("toml", "yaml")) {
                String f = "config/_default/" + extra + "." + ext;
                if (site.exists(f)) site.data(f, format(f)).ifPresent(m -> cfg.extra.put(extra, m));
            }
        }
        ZoneId zone = cfg.zone();
        boolean lower = !cfg.bool("disablePathToLower");
        boolean ugly = cfg.bool("uglyURLs");
        String contentDir = cfg.text("contentDir").orElse("content");
        String staticDir = cfg.text("staticDir").orElse("static");

        ContentTree tree = new ContentTree(contentDir, site.files(contentDir));
        List<Read> reads = new ArrayList<>();
        for (ContentTree.Entry e : tree.entries) {
            Optional<ForeignDoc> doc = site.doc(e.file());
            if (doc.isEmpty()) continue;
            String section = e.dir().isEmpty() ? "" : e.dir().split("/")[0];
            if (e.kind() == ContentTree.Kind.BUNDLE && !e.dir().contains("/")) section = "";
            Optional<ZonedDateTime> date = dateOf(doc.get(), zone);
            reads.add(new Read(e, doc.get(), section, date));
        }
        Set<String> main = new LinkedHashSet<>(cfg.mainSections());
        if (main.isEmpty()) {
            ContentTree.mostDatedSection(reads, Read::entry, Read::section, r -> r.date().isPresent()).ifPresent(main::add);
        }
        String first = main.stream().findFirst().orElse("posts");

        List<Planned> docs = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (Read r : reads) {
            ForeignDoc doc = r.doc();
            ContentTree.Entry e = r.entry();
            if (headless(doc)) {
                report.file(e.file(), "headless bundle not imported", "copy the files you need to static/");
                continue;
            }
            if (e.kind() == ContentTree.Kind.SECTION) {
                section(r, main, lower, contentDir).ifPresent(docs::add);
                continue;
            }
            boolean post = main.contains(r.section());
            String name = e.kind() == ContentTree.Kind.BUNDLE ? ImportNames.last(e.dir()) : ImportNames.baseName(e.file());
            String title = doc.text("title").orElse(FrontMatterMapping.titleFromName(name));
            Optional<ZonedDateTime> date = r.date();
            if (post && date.isEmpty()) {
                date = Optional.of(ZonedDateTime.now(clock.withZone(zone)).withNano(0));
                report.file(e.file(), "post without a date: dated the day of the import", "set its date");
            }
            List<String> oldUrls = new ArrayList<>();
            oldUrls.add(oldUrl(doc, e, r.section(), date, title, cfg, lower, ugly));
            doc.get("aliases").ifPresent(n -> {
                for (String a : ForeignDoc.texts(n, false)) {
                    oldUrls.add(a.startsWith("/") || a.contains("://") ? a : "/" + (e.dir().isEmpty() ? "" : parentOf(e) + "/") + a);
                }
            });
            String slugSource = doc.text("slug").orElse(name);
            Object written = date.map(d -> FrontMatterMapping.kilnDate(d, zone)).orElse(null);
            FrontMatterMapping fm = new FrontMatterMapping(doc)
                    .put("title", title)
                    .put("date", written)
                    .put("updated", doc.get("lastmod").or(() -> doc.get("modified")).flatMap(d -> FrontMatterMapping.date(d, zone))
                            .map(d -> FrontMatterMapping.kilnDate(d, zone)).orElse(null))
                    .put("draft", doc.get("draft").filter(d -> d instanceof DataScalar s && Boolean.TRUE.equals(s.value())).isPresent() ? true : null)
                    .put("authors", texts(doc, "author", "authors"))
                    .put("categories", texts(doc, "categories"))
                    .put("tags", texts(doc, "tags"));
            Set<String> consumed = new HashSet<>(Set.of("title", "date", "publishdate", "pubdate", "published", "lastmod",
                    "modified", "draft", "author", "authors", "categories", "tags", "aliases", "url", "slug"));
            Optional<String> image = doc.text("image");
            List<String> images = doc.get("images").map(n -> ForeignDoc.texts(n, false)).orElse(List.of());
            if (image.isPresent()) {
                fm.put("image", image.get());
                consumed.add("image");
            } else if (images.size() == 1) {
                fm.put("image", images.get(0));
                consumed.add("images");
            } else if (!images.isEmpty()) {
                fm.put("image", images.get(0));
            }
            if (!post) {
                doc.text("slug").ifPresent(s -> fm.put("slug", s));
            }
            Map<String, Object> front = fm.withRest(consumed, true, Generator.HUGO, report);
            if (post) {
                String slug = ImportNames.unique(Slugs.of(slugSource), slugs);
                boolean bundle = e.kind() == ContentTree.Kind.BUNDLE;
                String dest = bundle ? "content/posts/" + slug + "/index.md" : "content/posts/" + slug + ".md";
                List<Planned.Copy> resources = new ArrayList<>();
                if (bundle) {
                    String prefix = contentDir + "/" + e.dir() + "/";
                    for (String res : e.resources()) resources.add(new Planned.Copy(res, "content/posts/" + slug + "/" + res.substring(prefix.length())));
                }
                List<String> cats = texts(doc, "categories");
                docs.add(new Planned(doc, DocumentKind.POST, dest, front, Optional.of(FrontMatterMapping.kilnSees(written, zone)), slug,
                        cats.stream().findFirst(), oldUrls, resources));
            } else {
                String rel = e.file().substring(contentDir.length() + 1);
                if (rel.startsWith("posts/")) rel = "posts-section/" + rel.substring("posts/".length());
                String dest = "content/" + rel.replaceFirst("\\.[^./]+$", ".md");
                List<Planned.Copy> resources = new ArrayList<>();
                String destDir = dest.substring(0, dest.lastIndexOf('/'));
                for (String res : e.resources()) resources.add(new Planned.Copy(res, destDir + "/" + res.substring(ContentTree.folderOf(e.file()).length() + 1)));
                docs.add(new Planned(doc, DocumentKind.PAGE, dest, front, Optional.empty(), doc.text("slug").orElse(name),
                        Optional.empty(), oldUrls, resources));
            }
        }
        List<Planned.Copy> statics = new ArrayList<>();
        for (String f : site.files(staticDir)) statics.add(new Planned.Copy(f, "static/" + f.substring(staticDir.length() + 1)));
        for (String f : tree.loose) statics.add(new Planned.Copy(f, "static/" + f.substring(contentDir.length() + 1)));
        for (String folder : NOT_IMPORTED) {
            if (site.exists(folder)) report.file(folder + "/", "not imported: " + folder + " of the Hugo site",
                    folder.equals("layouts") || folder.equals("themes") ? "Kiln's built-in theme replaces them; override single templates in templates/"
                            : "copy what you need by hand (static/ for files, params: in kiln.yaml for values)");
        }
        String pattern = kilnPattern(first, cfg);
        SitePlan.BodyConverter converter = (doc, links, rep) -> {
            String body = new HugoShortcodes((d, path) -> ref(d, path, links, contentDir)).convert(doc.source().body(), doc, rep);
            return MarkdownLinks.convert(body, doc, links, rep);
        };
        return new SitePlan(cfg.settings(site.root, zone, pattern), docs, statics, converter);
    }

    /** A section's _index.md: a page at the section's URL, except the home page and empty lists of posts. */
    private Optional<Planned> section(Read r, Set<String> main, boolean lower, String contentDir) {
        ContentTree.Entry e = r.entry();
        ForeignDoc doc = r.doc();
        boolean posts = main.contains(e.dir());
        String url = "/" + e.dir() + "/";
        if (!SectionPage.kept(e, doc, posts, url, report)) return Optional.empty();
        List<String> oldUrls = List.of(lower ? url.toLowerCase(Locale.ROOT) : url);
        Map<String, Object> front = new FrontMatterMapping(doc)
                .put("title", doc.text("title").orElse(FrontMatterMapping.titleFromName(ImportNames.last(e.dir()))))
                .withRest(Set.of("title", "url", "aliases"), true, Generator.HUGO, report);
        return SectionPage.planned(e, doc, SectionPage.dest(e, posts), front, oldUrls);
    }

    private Optional<String> ref(Planned from, String path, LinkIndex links, String contentDir) {
        String p = path.strip();
        String base = p.startsWith("/") ? contentDir + p : ContentTree.folderOf(from.source().path()) + "/" + p;
        for (String candidate : List.of(base, base + ".md", base + "/index.md", base + "/_index.md", contentDir + "/" + p,
                contentDir + "/" + p + ".md", contentDir + "/" + p + "/index.md")) {
            Optional<String> resolved = LinkIndex.resolve("", candidate.replaceAll("/+$", "")).flatMap(links::dest);
            if (resolved.isPresent()) return resolved;
        }
        return Optional.empty();
    }

    private String oldUrl(ForeignDoc doc, ContentTree.Entry e, String section, Optional<ZonedDateTime> date, String title,
            Cfg cfg, boolean lower, boolean ugly) {
        Optional<String> url = doc.text("url");
        if (url.isPresent()) return url.get().startsWith("/") || url.get().contains("://") ? url.get() : "/" + url.get();
        String name = e.kind() == ContentTree.Kind.BUNDLE ? ImportNames.last(e.dir()) : ImportNames.baseName(e.file());
        Optional<String> slug = doc.text("slug");
        Optional<String> pattern = cfg.permalink(section);
        String out;
        if (pattern.isPresent() && date.isPresent()) {
            ZonedDateTime d = date.get();
            out = pattern.get()
                    .replace(":year", String.format("%04d", d.getYear()))
                    .replace(":monthname", d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
                    .replace(":month", String.format("%02d", d.getMonthValue()))
                    .replace(":day", String.format("%02d", d.getDayOfMonth()))
                    .replace(":yearday", Integer.toString(d.getDayOfYear()))
                    .replace(":weekdayname", d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
                    .replace(":weekday", Integer.toString(d.getDayOfWeek().getValue() % 7))
                    .replace(":sections", parentOf(e))
                    .replace(":section", section)
                    .replace(":slugorfilename", slug.orElse(name))
                    .replace(":slugorcontentbasename", slug.orElse(name))
                    .replace(":contentbasename", name)
                    .replace(":filename", name)
                    .replace(":slug", slug.orElse(urlize(title)))
                    .replace(":title", urlize(title));
        } else {
            String dirs = parentOf(e);
            out = "/" + (dirs.isEmpty() ? "" : dirs + "/") + slug.orElse(name) + (ugly ? ".html" : "/");
        }
        out = out.replaceAll("/{2,}", "/");
        if (!out.startsWith("/")) out = "/" + out;
        return lower ? out.toLowerCase(Locale.ROOT) : out;
    }

    /** Hugo's urlize: lower case, spaces to hyphens, characters that do not belong in a path dropped. */
    static String urlize(String s) {
        StringBuilder sb = new StringBuilder();
        s.strip().codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '~' || c == '+') sb.appendCodePoint(c);
            else if (Character.isWhitespace(c)) sb.append('-');
        });
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String kilnPattern(String section, Cfg cfg) {
        String p = cfg.permalink(section).orElse("/" + section + "/:slug/")
                .replace(":slugorfilename", ":slug").replace(":slugorcontentbasename", ":slug").replace(":contentbasename", ":slug")
                .replace(":filename", ":slug").replace(":title", ":slug").replace(":sections", section).replace(":section", section);
        if (!p.endsWith("/")) p = p + "/";
        String fallback = "/" + Slugs.of(section) + "/:slug/";
        return dev.kiln.config.PermalinkPattern.parse(p).map(Object::toString)
                .or(() -> dev.kiln.config.PermalinkPattern.parse(fallback).map(Object::toString)).orElse("/posts/:slug/");
    }

    private static Optional<ZonedDateTime> dateOf(ForeignDoc doc, ZoneId zone) {
        for (String key : List.of("date", "publishdate", "pubdate", "published")) {
            Optional<ZonedDateTime> d = doc.get(key).flatMap(n -> FrontMatterMapping.date(n, zone));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private static boolean headless(ForeignDoc doc) {
        if (doc.get("headless").filter(n -> n instanceof DataScalar s && Boolean.TRUE.equals(s.value())).isPresent()) return true;
        for (String key : List.of("_build", "build")) {
            Optional<DataNode> b = doc.get(key);
            if (b.isPresent() && b.get() instanceof DataMap m) {
                for (DataEntry e : m.entries()) {
                    if (e.key().equalsIgnoreCase("render") && e.value() instanceof DataScalar s
                            && (Boolean.FALSE.equals(s.value()) || "never".equalsIgnoreCase(s.raw()))) return true;
                }
            }
        }
        return false;
    }

    private static List<String> texts(ForeignDoc doc, String... keys) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String k : keys) doc.get(k).ifPresent(n -> out.addAll(ForeignDoc.texts(n, false)));
        return List.copyOf(out);
    }

    private static String parentOf(ContentTree.Entry e) {
        return e.kind() == ContentTree.Kind.BUNDLE ? ContentTree.folderOf(e.dir()) : e.dir();
    }

    static DataFormat format(String file) {
        return file.endsWith(".toml") ? DataFormat.TOML : file.endsWith(".json") ? DataFormat.JSON : DataFormat.YAML;
    }

    /** Hugo's settings, read with keys in any case. */
    private final class Cfg {
        private final DataMap map;
        final Map<String, DataMap> extra = new HashMap<>();

        Cfg(DataMap map) {
            this.map = map;
        }

        Optional<DataNode> get(DataMap m, String key) {
            if (m == null) return Optional.empty();
            for (DataEntry e : m.entries()) if (e.key().equalsIgnoreCase(key) && !ForeignDoc.isNull(e.value())) return Optional.of(e.value());
            return Optional.empty();
        }

        Optional<DataMap> table(String key) {
            Optional<DataNode> n = get(map, key).filter(v -> v instanceof DataMap);
            return n.map(v -> (DataMap) v).or(() -> Optional.ofNullable(extra.get(key)));
        }

        Optional<String> text(String key) {
            return get(map, key).filter(v -> v instanceof DataScalar).map(ForeignDoc::scalarText).filter(s -> !s.isBlank());
        }

        boolean bool(String key) {
            return get(map, key).filter(v -> v instanceof DataScalar s && Boolean.TRUE.equals(s.value())).isPresent();
        }

        List<String> mainSections() {
            Optional<DataNode> n = table("params").flatMap(p -> get(p, "mainSections"));
            return n.map(v -> ForeignDoc.texts(v, false)).orElse(List.of());
        }

        Optional<String> permalink(String section) {
            Optional<DataMap> p = table("permalinks");
            if (p.isEmpty()) return Optional.empty();
            Optional<DataNode> pageTable = get(p.get(), "page").filter(v -> v instanceof DataMap);
            DataMap m = pageTable.map(v -> (DataMap) v).orElse(p.get());
            return get(m, section).filter(v -> v instanceof DataScalar).map(ForeignDoc::scalarText);
        }

        ZoneId zone() {
            Optional<String> tz = text("timeZone");
            if (tz.isEmpty()) return ZoneId.of("UTC");
            try {
                return ZoneId.of(tz.get());
            } catch (DateTimeException e) {
                report.file("config", "timeZone " + tz.get() + " not understood: UTC used", "set timezone in kiln.yaml");
                return ZoneId.of("UTC");
            }
        }

        SitePlan.Settings settings(java.nio.file.Path root, ZoneId zone, String permalink) {
            String base = text("baseURL").filter(u -> u.startsWith("http://") || u.startsWith("https://")).orElse("https://example.com/");
            if (!base.endsWith("/")) base = base + "/";
            Optional<DataMap> params = table("params");
            String description = params.flatMap(p -> get(p, "description")).filter(v -> v instanceof DataScalar)
                    .map(ForeignDoc::scalarText).or(() -> text("description")).orElse("");
            Optional<String> author = params.flatMap(p -> get(p, "author")).or(() -> get(map, "author"))
                    .flatMap(v -> v instanceof DataScalar ? Optional.of(ForeignDoc.scalarText(v))
                            : v instanceof DataMap m ? get(m, "name").filter(x -> x instanceof DataScalar).map(ForeignDoc::scalarText)
                            : v instanceof DataList l && !l.items().isEmpty() && l.items().get(0) instanceof DataScalar
                            ? Optional.of(ForeignDoc.scalarText(l.items().get(0))) : Optional.empty());
            String language = text("languageCode").or(() -> text("defaultContentLanguage")).orElse("en");
            String title = text("title").orElse(root.getFileName() == null ? "My Blog" : root.getFileName().toString());
            return new SitePlan.Settings(title, description, base, language, zone, author, permalink);
        }
    }
}
