package dev.kiln.importer;

import dev.kiln.content.DocumentKind;
import dev.kiln.data.DataEntry;
import dev.kiln.data.DataFormat;
import dev.kiln.data.DataMap;
import dev.kiln.data.DataNode;
import dev.kiln.data.DataScalar;
import dev.kiln.site.Slugs;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans the import of a Zola site: TOML front matter, dates from front matter or from a
 * {@code YYYY-MM-DD-} (or {@code _}) prefix of the file or bundle folder, {@code [taxonomies]}
 * to categories, tags and authors, {@code [extra]} kept. The pages of sections sorted by date are
 * posts; other pages and sections' {@code _index.md} are pages. Old URLs ({@code path}, or the
 * section path and slug) and {@code aliases} are kept.
 */
final class ZolaImport {
    private static final Pattern DATED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?[_-](.+)$");
    private static final List<String> NOT_IMPORTED = List.of("templates", "themes", "sass");

    private final SourceSite site;
    private final ImportReport report;
    private final Clock clock;

    ZolaImport(SourceSite site, ImportReport report, Clock clock) {
        this.site = site;
        this.report = report;
        this.clock = clock;
    }

    private record Read(ContentTree.Entry entry, ForeignDoc doc, String section, String name, Optional<ZonedDateTime> date) {}

    SitePlan plan() throws IOException, ImportError {
        if (!site.exists("config.toml") || !site.exists("content")) {
            throw new ImportError(site.root + " is not a Zola site: it needs config.toml and a content/ folder",
                    "pass the folder that holds config.toml");
        }
        DataMap config = site.data("config.toml", DataFormat.TOML).orElse(null);
        ZoneId zone = ZoneId.of("UTC");
        ContentTree tree = new ContentTree("content", site.files("content"));
        List<Read> reads = new ArrayList<>();
        Set<String> dateSorted = new LinkedHashSet<>();
        for (ContentTree.Entry e : tree.entries) {
            Optional<ForeignDoc> read = site.doc(e.file());
            if (read.isEmpty()) continue;
            ForeignDoc doc = read.get();
            String section = e.kind() == ContentTree.Kind.BUNDLE ? ContentTree.folderOf(e.dir()) : e.dir();
            String raw = e.kind() == ContentTree.Kind.BUNDLE ? ImportNames.last(e.dir()) : ImportNames.baseName(e.file());
            Matcher dated = DATED.matcher(raw);
            String name = dated.matches() ? dated.group(2) : raw;
            Optional<ZonedDateTime> date = doc.get("date").flatMap(n -> FrontMatterMapping.date(n, zone));
            if (date.isEmpty() && dated.matches()) {
                try {
                    date = Optional.of(LocalDate.parse(dated.group(1)).atStartOfDay(zone));
                } catch (DateTimeException ex) {
                    // Not a real day: the page keeps no date, as in Zola.
                }
            }
            if (e.kind() == ContentTree.Kind.SECTION && doc.text("sort_by").filter("date"::equals).isPresent()) {
                dateSorted.add(e.dir());
            }
            reads.add(new Read(e, doc, section, name, date));
        }
        if (dateSorted.isEmpty()) {
            ContentTree.mostDatedSection(reads, Read::entry, Read::section, r -> r.date().isPresent())
                    .ifPresent(dateSorted::add);
        }
        String first = dateSorted.stream().findFirst().orElse("posts");

        List<Planned> docs = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (Read r : reads) {
            ContentTree.Entry e = r.entry();
            ForeignDoc doc = r.doc();
            if (e.kind() == ContentTree.Kind.SECTION) {
                section(r, dateSorted).ifPresent(docs::add);
                continue;
            }
            boolean post = dateSorted.contains(r.section());
            Optional<ZonedDateTime> date = r.date();
            if (post && date.isEmpty()) {
                date = Optional.of(ZonedDateTime.now(clock.withZone(zone)).withNano(0));
                report.file(e.file(), "post without a date: dated the day of the import", "set its date");
            }
            String slugSource = doc.text("slug").orElse(r.name());
            List<String> oldUrls = new ArrayList<>();
            oldUrls.add(doc.text("path").map(p -> "/" + p.replaceAll("^/+", "") + (p.endsWith("/") || p.contains(".") ? "" : "/"))
                    .orElse(sectionUrl(r.section()) + Slugs.of(slugSource) + "/"));
            doc.get("aliases").ifPresent(n -> oldUrls.addAll(ForeignDoc.texts(n, false)));
            Object written = date.map(d -> FrontMatterMapping.kilnDate(d, zone)).orElse(null);
            Map<String, List<String>> taxonomies = new LinkedHashMap<>();
            Map<String, Object> otherTaxonomies = new LinkedHashMap<>();
            doc.get("taxonomies").filter(n -> n instanceof DataMap).ifPresent(n -> {
                for (DataEntry t : ((DataMap) n).entries()) {
                    if (List.of("tags", "categories", "authors").contains(t.key())) taxonomies.put(t.key(), ForeignDoc.texts(t.value(), false));
                    else otherTaxonomies.put(t.key(), ForeignDoc.plain(t.value()));
                }
            });
            FrontMatterMapping fm = new FrontMatterMapping(doc)
                    .put("title", doc.text("title").orElse(FrontMatterMapping.titleFromName(r.name())))
                    .put("date", written)
                    .put("updated", doc.get("updated").flatMap(d -> FrontMatterMapping.date(d, zone))
                            .map(d -> FrontMatterMapping.kilnDate(d, zone)).orElse(null))
                    .put("draft", doc.get("draft").filter(d -> d instanceof DataScalar s && Boolean.TRUE.equals(s.value())).isPresent() ? true : null)
                    .put("authors", taxonomies.getOrDefault("authors", doc.get("authors").map(n -> ForeignDoc.texts(n, false)).orElse(List.of())))
                    .put("categories", taxonomies.getOrDefault("categories", List.of()))
                    .put("tags", taxonomies.getOrDefault("tags", List.of()))
                    .put("taxonomies", otherTaxonomies.isEmpty() ? null : otherTaxonomies);
            if (!post) doc.text("slug").ifPresent(s -> fm.put("slug", s));
            Map<String, Object> front = fm.withRest(Set.of("title", "date", "updated", "draft", "authors", "taxonomies",
                    "aliases", "path", "slug"), false, Generator.ZOLA, report);
            List<Planned.Copy> resources = new ArrayList<>();
            if (post) {
                String slug = ImportNames.unique(Slugs.of(slugSource), slugs);
                boolean bundle = e.kind() == ContentTree.Kind.BUNDLE;
                String dest = bundle ? "content/posts/" + slug + "/index.md" : "content/posts/" + slug + ".md";
                if (bundle) {
                    String prefix = "content/" + e.dir() + "/";
                    for (String res : e.resources()) resources.add(new Planned.Copy(res, "content/posts/" + slug + "/" + res.substring(prefix.length())));
                }
                docs.add(new Planned(doc, DocumentKind.POST, dest, front, Optional.of(FrontMatterMapping.kilnSees(written, zone)), slug,
                        taxonomies.getOrDefault("categories", List.of()).stream().findFirst(), oldUrls, resources));
            } else {
                String rel = e.file().substring("content/".length());
                if (rel.startsWith("posts/")) rel = "posts-section/" + rel.substring("posts/".length());
                String dest = "content/" + rel.replaceFirst("\\.[^./]+$", ".md");
                String destDir = dest.substring(0, dest.lastIndexOf('/'));
                for (String res : e.resources()) resources.add(new Planned.Copy(res, destDir + "/" + res.substring(ContentTree.folderOf(e.file()).length() + 1)));
                docs.add(new Planned(doc, DocumentKind.PAGE, dest, front, Optional.empty(), doc.text("slug").orElse(r.name()),
                        Optional.empty(), oldUrls, resources));
            }
        }
        List<Planned.Copy> statics = new ArrayList<>();
        for (String f : site.files("static")) statics.add(new Planned.Copy(f, "static/" + f.substring("static/".length())));
        for (String f : tree.loose) statics.add(new Planned.Copy(f, "static/" + f.substring("content/".length())));
        for (String folder : NOT_IMPORTED) {
            if (site.exists(folder)) report.file(folder + "/", "not imported: " + folder + " of the Zola site",
                    "Kiln's built-in theme replaces them; override single templates in templates/ (docs/templates.md)");
        }
        String pattern = dev.kiln.config.PermalinkPattern.parse(sectionUrl(first) + ":slug/").map(Object::toString).orElse("/posts/:slug/");
        SitePlan.BodyConverter converter = (doc, links, rep) -> {
            String body = ZolaShortcodes.convert(doc.source().body(), doc, links, rep);
            return MarkdownLinks.convert(body, doc, links, rep);
        };
        return new SitePlan(settings(config, zone, pattern), docs, statics, converter);
    }

    private Optional<Planned> section(Read r, Set<String> postSections) {
        ContentTree.Entry e = r.entry();
        ForeignDoc doc = r.doc();
        boolean posts = postSections.contains(e.dir());
        if (!SectionPage.kept(e, doc, posts, sectionUrl(e.dir()), report)) return Optional.empty();
        Map<String, Object> front = new FrontMatterMapping(doc)
                .put("title", doc.text("title").orElse(FrontMatterMapping.titleFromName(ImportNames.last(e.dir()))))
                .withRest(Set.of("title", "aliases"), false, Generator.ZOLA, report);
        List<String> oldUrls = new ArrayList<>(List.of(sectionUrl(e.dir())));
        doc.get("aliases").ifPresent(n -> oldUrls.addAll(ForeignDoc.texts(n, false)));
        return SectionPage.planned(e, doc, SectionPage.dest(e, posts), front, oldUrls);
    }

    /** A section folder's URL, its folders slugified as Zola does: {@code /blog/} for content/blog. */
    private static String sectionUrl(String dir) {
        if (dir.isEmpty()) return "/";
        StringBuilder sb = new StringBuilder("/");
        for (String s : dir.split("/")) sb.append(Slugs.of(s)).append('/');
        return sb.toString();
    }

    private SitePlan.Settings settings(DataMap config, ZoneId zone, String permalink) {
        String base = text(config, "base_url").filter(u -> u.startsWith("http://") || u.startsWith("https://")).orElse("https://example.com/");
        if (!base.endsWith("/")) base = base + "/";
        Optional<String> author = text(config, "author").or(() -> extra(config).flatMap(x -> text(x, "author")));
        String title = text(config, "title").orElse(site.root.getFileName() == null ? "My Blog" : site.root.getFileName().toString());
        return new SitePlan.Settings(title, text(config, "description").orElse(""), base,
                text(config, "default_language").orElse("en"), zone, author, permalink);
    }

    private static Optional<DataMap> extra(DataMap config) {
        if (config == null) return Optional.empty();
        return config.get("extra").map(DataEntry::value).filter(v -> v instanceof DataMap).map(v -> (DataMap) v);
    }

    private static Optional<String> text(DataMap map, String key) {
        if (map == null) return Optional.empty();
        return map.get(key).map(DataEntry::value).filter(v -> v instanceof DataScalar s && !s.isNull())
                .map(ForeignDoc::scalarText).filter(s -> !s.isBlank());
    }

}
