package dev.kiln.importer;

import dev.kiln.content.DocumentKind;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans the import of a Jekyll site. Posts ({@code _posts/YYYY-MM-DD-slug.md}, also below a
 * category folder) keep their date and slug from the file name unless front matter says
 * otherwise; drafts become drafts; Markdown pages with front matter become pages; files without
 * front matter are copied to static/. The old URL of each post and page, from its
 * {@code permalink} or the site's style, and its {@code redirect_from} URLs become aliases.
 */
final class JekyllImport {
    private static final Pattern POST_NAME = Pattern.compile("(?:(.+)/)?_posts/(?:.+/)?(\\d{4})-(\\d{1,2})-(\\d{1,2})-([^/]+)\\.(md|markdown|mkd|mkdn|mdown|html)");
    private static final Set<String> MARKDOWN = Set.of("md", "markdown", "mkd", "mkdn", "mdown");
    private static final List<String> DEFAULT_EXCLUDES = List.of("Gemfile", "Gemfile.lock", "node_modules", "vendor",
            "gemfiles", "package.json", "package-lock.json", "yarn.lock", "CHANGELOG.md", "README.md", "LICENSE",
            "LICENSE.md", "LICENSE.txt");
    private static final Map<String, String> STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");

    private final SourceSite site;
    private final ImportReport report;
    private final Clock clock;

    JekyllImport(SourceSite site, ImportReport report, Clock clock) {
        this.site = site;
        this.report = report;
        this.clock = clock;
    }

    SitePlan plan() throws IOException, ImportError {
        String configFile = site.exists("_config.yml") ? "_config.yml" : site.exists("_config.yaml") ? "_config.yaml" : null;
        if (configFile == null && !site.exists("_posts")) {
            throw new ImportError(site.root + " is not a Jekyll site: it has no _config.yml and no _posts/ folder",
                    "pass the folder that holds _config.yml");
        }
        DataMap config = configFile == null ? null : site.data(configFile, DataFormat.YAML).orElse(null);
        Config c = new Config(config);
        ZoneId zone = c.zone();
        String style = c.text("permalink").orElse("date");
        String pattern = STYLES.getOrDefault(style, style);
        boolean prettyPages = pattern.endsWith("/");
        Set<String> excludes = new LinkedHashSet<>(DEFAULT_EXCLUDES);
        c.list("exclude").forEach(e -> excludes.add(e.replaceAll("/+$", "")));
        Set<String> includes = new HashSet<>(c.list("include"));

        List<Planned> docs = new ArrayList<>();
        List<Planned.Copy> statics = new ArrayList<>();
        Set<String> reportedFolders = new TreeSet<>();
        Set<String> postSlugs = new HashSet<>();
        for (String file : site.files("", dir -> dir.equals("_site") || excluded(dir, excludes) || hidden(dir, includes))) {
            if (hidden(file, includes) || excluded(file, excludes) || file.equals(configFile)) continue;
            String top = file.contains("/") ? file.substring(0, file.indexOf('/')) : file;
            if (file.contains("_posts/")) {
                post(file, c, zone, pattern, false, postSlugs).ifPresent(docs::add);
            } else if (file.startsWith("_drafts/")) {
                post(file, c, zone, pattern, true, postSlugs).ifPresent(docs::add);
            } else if (top.startsWith("_") || file.contains("/_")) {
                String folder = file.contains("/_") ? file.substring(0, file.indexOf('/', file.indexOf("/_") + 1) + 1) : top + "/";
                if (!folder.startsWith("_site") && reportedFolders.add(folder)) {
                    report.file(folder, "not imported: " + what(top), hint(top));
                }
            } else if (site.startsWithFrontMatter(file)) {
                if (MARKDOWN.contains(extension(file))) {
                    page(file, zone, prettyPages).ifPresent(docs::add);
                } else {
                    report.file(file, "not imported: a " + extension(file) + " file with front matter is a Liquid template",
                            file.endsWith(".html") ? "write it as a Markdown page, or as a Kiln template (docs/templates.md)"
                                    : "Kiln makes feeds, the sitemap and its stylesheet itself; copy what you need to static/");
                }
            } else {
                statics.add(new Planned.Copy(file, "static/" + file));
            }
        }
        Set<String> staticFiles = new HashSet<>();
        statics.forEach(s -> staticFiles.add(s.from()));
        String excerptSeparator = c.text("excerpt_separator").orElse("");
        SitePlan.BodyConverter converter = (doc, links, rep) -> {
            String body = new Liquid(links, staticFiles).convert(doc.source().body(), doc, rep);
            String sep = doc.source().text("excerpt_separator").orElse(excerptSeparator);
            if (!sep.isEmpty() && !sep.equals("\n\n") && body.contains(sep)) body = body.replaceFirst(Pattern.quote(sep), "<!--more-->");
            body = MarkdownLinks.convert(body, doc, links, rep);
            return Kramdown.convert(body, doc, rep);
        };
        return new SitePlan(c.settings(site.root, kilnPattern(pattern, docs)), docs, statics, converter);
    }

    private Optional<Planned> post(String file, Config c, ZoneId zone, String pattern, boolean draft, Set<String> slugs)
            throws IOException {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String ext = extension(file);
        Matcher m = POST_NAME.matcher(file);
        if (!draft && !m.matches()) {
            report.file(file, "not imported: a post's file name must be YYYY-MM-DD-title." + (ext.isEmpty() ? "md" : ext),
                    "rename it the way Jekyll expects, then import again");
            return Optional.empty();
        }
        if (draft && !MARKDOWN.contains(ext) && !ext.equals("html")) {
            report.file(file, "not imported: not a Markdown file", "");
            return Optional.empty();
        }
        Optional<ForeignDoc> read = site.doc(file);
        if (read.isEmpty()) return Optional.empty();
        ForeignDoc doc = read.get();
        String fileSlug = draft ? name.substring(0, name.length() - ext.length() - 1) : m.group(5);
        Optional<ZonedDateTime> date = doc.get("date").flatMap(d -> FrontMatterMapping.date(d, zone));
        if (doc.get("date").isPresent() && date.isEmpty()) {
            DataNode d = doc.get("date").get();
            report.at(file, d.location().line(), d.location().column(), "date \"" + ((DataScalar) d).raw()
                    + "\" not understood: " + (draft ? "the import date" : "the file name's date") + " used", "write it as 2024-11-18 09:30:00 +0100");
        }
        if (date.isEmpty() && !draft) {
            try {
                date = Optional.of(LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4))).atStartOfDay(zone));
            } catch (DateTimeException e) {
                report.file(file, "not imported: the file name holds no real date", "rename it");
                return Optional.empty();
            }
        }
        if (date.isEmpty()) {
            date = Optional.of(ZonedDateTime.now(clock.withZone(zone)).withNano(0));
            report.file(file, "draft without a date: dated the day of the import", "set its date before you publish it");
        }
        ZonedDateTime local = date.get().withZoneSameInstant(zone);
        String slugSource = doc.text("slug").orElse(fileSlug);
        List<String> categories = new ArrayList<>();
        if (!draft && m.group(1) != null) for (String folder : m.group(1).split("/")) categories.add(folder);
        doc.get("category").ifPresent(n -> categories.addAll(ForeignDoc.texts(n, false)));
        doc.get("categories").ifPresent(n -> categories.addAll(ForeignDoc.texts(n, true)));
        List<String> tags = new ArrayList<>();
        doc.get("tags").ifPresent(n -> tags.addAll(ForeignDoc.texts(n, true)));
        doc.get("tag").ifPresent(n -> tags.addAll(ForeignDoc.texts(n, false)));
        List<String> distinctCategories = List.copyOf(new LinkedHashSet<>(categories));

        List<String> oldUrls = new ArrayList<>();
        if (!draft && !doc.get("published").filter(p -> p instanceof DataScalar s && Boolean.FALSE.equals(s.value())).isPresent()) {
            String permalink = doc.text("permalink").orElse(pattern);
            oldUrls.add(expand(permalink, local, slugSource, doc.text("title").orElse(""), distinctCategories, ext));
        }
        doc.get("redirect_from").ifPresent(n -> oldUrls.addAll(ForeignDoc.texts(n, false)));
        doc.text("redirect_to").ifPresent(to -> report.file(file, "redirect_to " + to + " not kept: Kiln redirects only old URLs of its own pages",
                "keep the post, or redirect at your web host"));

        String slug = ImportNames.unique(Slugs.of(slugSource), slugs);
        Object written = FrontMatterMapping.kilnDate(date.get(), zone);
        boolean isDraft = draft || doc.get("published").filter(p -> p instanceof DataScalar s && Boolean.FALSE.equals(s.value())).isPresent();
        Map<String, Object> fm = new FrontMatterMapping(doc)
                .put("title", doc.text("title").orElse(FrontMatterMapping.titleFromName(fileSlug)))
                .put("date", written)
                .put("draft", isDraft ? Boolean.TRUE : null)
                .put("authors", authors(doc))
                .put("categories", distinctCategories)
                .put("tags", List.copyOf(new LinkedHashSet<>(tags)))
                .put("image", image(doc))
                .put("jekyll_image", imageMap(doc, file))
                .withRest(Set.of("title", "date", "slug", "permalink", "category", "categories", "tags", "tag", "author",
                        "authors", "redirect_from", "published", "image"), false, Generator.JEKYLL, report);
        return Optional.of(new Planned(doc, DocumentKind.POST, "content/posts/" + slug + ".md", fm,
                Optional.of(FrontMatterMapping.kilnSees(written, zone)), slug, distinctCategories.stream().findFirst(), oldUrls, List.of()));
    }

    private Optional<Planned> page(String file, ZoneId zone, boolean pretty) throws IOException {
        Optional<ForeignDoc> read = site.doc(file);
        if (read.isEmpty()) return Optional.empty();
        ForeignDoc doc = read.get();
        String ext = extension(file);
        String base = file.substring(0, file.length() - ext.length() - 1);
        String name = base.substring(base.lastIndexOf('/') + 1);
        if (base.equals("index")) {
            report.file(file, "home page not imported: Kiln's home page lists the posts",
                    "put its text into a page such as about.md, or into a template");
            return Optional.empty();
        }
        String folder = base.contains("/") ? base.substring(0, base.lastIndexOf('/')) : "";
        String old = name.equals("index") ? "/" + folder + "/" : pretty ? "/" + base + "/" : "/" + base + ".html";
        List<String> oldUrls = new ArrayList<>();
        oldUrls.add(doc.text("permalink").orElse(old));
        doc.get("redirect_from").ifPresent(n -> oldUrls.addAll(ForeignDoc.texts(n, false)));
        String slug = name.equals("index") ? folder.substring(folder.lastIndexOf('/') + 1) : name;
        slug = doc.text("slug").orElse(slug);
        Map<String, Object> fm = new FrontMatterMapping(doc)
                .put("title", doc.text("title").orElse(FrontMatterMapping.titleFromName(name.equals("index") ? slug : name)))
                .put("image", image(doc))
                .withRest(Set.of("title", "permalink", "redirect_from", "image"), false, Generator.JEKYLL, report);
        return Optional.of(new Planned(doc, DocumentKind.PAGE, "content/" + base + ".md", fm, Optional.empty(), slug,
                Optional.empty(), oldUrls, List.of()));
    }

    private static List<String> authors(ForeignDoc doc) {
        List<String> out = new ArrayList<>();
        for (String key : List.of("author", "authors")) {
            doc.get(key).ifPresent(n -> {
                if (n instanceof DataMap m) m.get("name").map(e -> e.value()).filter(v -> v instanceof DataScalar)
                        .ifPresent(v -> out.add(ForeignDoc.scalarText(v)));
                else out.addAll(ForeignDoc.texts(n, false));
            });
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /** jekyll-seo-tag allows {@code image: {path: …}}; Kiln's image is the path. */
    private static String image(ForeignDoc doc) {
        Optional<DataNode> n = doc.get("image");
        if (n.isEmpty()) return null;
        if (n.get() instanceof DataScalar s) return ForeignDoc.scalarText(s);
        if (n.get() instanceof DataMap m) {
            return m.get("path").map(e -> e.value()).filter(v -> v instanceof DataScalar).map(ForeignDoc::scalarText).orElse(null);
        }
        return null;
    }

    /** An {@code image} map is kept whole too (its alt text, …), and reported. */
    private Object imageMap(ForeignDoc doc, String file) {
        Optional<DataNode> n = doc.get("image").filter(v -> v instanceof DataMap);
        if (n.isEmpty()) return null;
        report.at(file, n.get().location().line(), n.get().location().column(),
                "image map: its path is Kiln's image, the whole map is kept as jekyll_image", "write its alt text into the post if it matters");
        return ForeignDoc.plain(n.get());
    }

    /** A Jekyll permalink with its placeholders filled for one post. */
    static String expand(String permalink, ZonedDateTime d, String slug, String title, List<String> categories, String ext) {
        String cats = String.join("/", categories.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).distinct().toList());
        String url = permalink
                .replace(":categories", cats)
                .replace(":year", String.format("%04d", d.getYear()))
                .replace(":short_year", String.format("%02d", d.getYear() % 100))
                .replace(":i_month", Integer.toString(d.getMonthValue()))
                .replace(":month", String.format("%02d", d.getMonthValue()))
                .replace(":i_day", Integer.toString(d.getDayOfMonth()))
                .replace(":day", String.format("%02d", d.getDayOfMonth()))
                .replace(":y_day", String.format("%03d", d.getDayOfYear()))
                .replace(":week", String.format("%02d", d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)))
                .replace(":short_day", d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH))
                .replace(":hour", String.format("%02d", d.getHour()))
                .replace(":minute", String.format("%02d", d.getMinute()))
                .replace(":second", String.format("%02d", d.getSecond()))
                .replace(":title", prettySlug(slug))
                .replace(":slug", Slugs.of(slug))
                .replace(":output_ext", ext.equals("html") || MARKDOWN.contains(ext) ? ".html" : "." + ext);
        url = url.replaceAll("/{2,}", "/");
        return url.startsWith("/") ? url : "/" + url;
    }

    /** Jekyll's "pretty" slugify, which keeps case: runs of other characters become one hyphen. */
    static String prettySlug(String s) {
        return s.replaceAll("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+", "-").replaceAll("^-+|-+$", "");
    }

    /**
     * Kiln's permalink for posts: the site's Jekyll pattern where Kiln has the same tokens (the
     * categories only when every post has exactly one), else Kiln's default. Either way old URLs
     * that differ become aliases.
     */
    private static String kilnPattern(String pattern, List<Planned> docs) {
        boolean oneCategoryEach = docs.stream().filter(d -> d.kind() == DocumentKind.POST)
                .allMatch(d -> d.frontMatter().get("categories") instanceof List<?> l && l.size() == 1);
        String p = pattern.replace(":output_ext", "/").replace(".html", "/")
                .replace(":title", ":slug").replace(":categories", oneCategoryEach ? ":category" : "");
        p = p.replaceAll("/{2,}", "/");
        if (!p.endsWith("/")) p = p + "/";
        return dev.kiln.config.PermalinkPattern.parse(p).map(Object::toString).orElse("/posts/:slug/");
    }

    private static boolean hidden(String file, Set<String> includes) {
        for (String segment : file.split("/")) {
            if ((segment.startsWith(".") || segment.startsWith("#") || segment.endsWith("~")) && !includes.contains(segment)) return true;
        }
        return false;
    }

    private static boolean excluded(String file, Set<String> excludes) {
        for (String e : excludes) if (file.equals(e) || file.startsWith(e + "/")) return true;
        return false;
    }

    static String extension(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String what(String folder) {
        return switch (folder) {
            case "_layouts", "_includes" -> "Liquid templates";
            case "_sass" -> "Sass styles";
            case "_data" -> "data files";
            case "_plugins" -> "Ruby plugins";
            default -> "a Jekyll folder (a collection or a theme's files)";
        };
    }

    private static String hint(String folder) {
        return switch (folder) {
            case "_layouts", "_includes" -> "Kiln's built-in theme replaces them; override single templates in templates/ (docs/templates.md)";
            case "_sass" -> "add the CSS you need as a template override or a file under static/";
            case "_data" -> "put the values you need under params: in kiln.yaml";
            default -> "import its Markdown files as pages by moving them into the site's root, or copy them by hand";
        };
    }

    /** The settings of _config.yml that Kiln has a place for. */
    private final class Config {
        private final DataMap map;

        Config(DataMap map) {
            this.map = map;
        }

        Optional<String> text(String key) {
            if (map == null) return Optional.empty();
            return map.get(key).map(e -> e.value()).filter(v -> v instanceof DataScalar s && !s.isNull())
                    .map(ForeignDoc::scalarText).filter(s -> !s.isBlank());
        }

        List<String> list(String key) {
            if (map == null) return List.of();
            return map.get(key).map(e -> ForeignDoc.texts(e.value(), false)).orElse(List.of());
        }

        ZoneId zone() {
            Optional<String> tz = text("timezone");
            if (tz.isEmpty()) return ZoneId.of("UTC");
            try {
                return ZoneId.of(tz.get());
            } catch (DateTimeException e) {
                report.file("_config.yml", "timezone " + tz.get() + " not understood: UTC used", "set timezone in kiln.yaml");
                return ZoneId.of("UTC");
            }
        }

        SitePlan.Settings settings(java.nio.file.Path root, String permalink) {
            String url = text("url").orElse("https://example.com").replaceAll("/+$", "");
            if (!url.startsWith("http://") && !url.startsWith("https://")) url = "https://example.com";
            String baseurl = text("baseurl").orElse("").replaceAll("^/+|/+$", "");
            String base = url + "/" + (baseurl.isEmpty() ? "" : baseurl + "/");
            Optional<String> author = text("author");
            if (author.isEmpty() && map != null) {
                author = map.get("author").map(e -> e.value()).filter(v -> v instanceof DataMap)
                        .flatMap(v -> ((DataMap) v).get("name")).map(e -> e.value())
                        .filter(v -> v instanceof DataScalar).map(ForeignDoc::scalarText);
            }
            String language = text("lang").or(() -> text("locale")).map(l -> l.replace('_', '-')).orElse("en");
            String title = text("title").orElse(root.getFileName() == null ? "My Blog" : root.getFileName().toString());
            return new SitePlan.Settings(title, text("description").orElse(""), base, language, zone(), author, permalink);
        }
    }
}
