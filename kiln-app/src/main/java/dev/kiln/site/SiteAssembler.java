package dev.kiln.site;

import dev.kiln.config.SiteConfig;
import dev.kiln.content.Document;
import dev.kiln.content.DocumentKind;
import dev.kiln.content.FrontMatter;
import dev.kiln.markdown.ImageResolver;
import dev.kiln.markdown.MarkdownRenderer;
import dev.kiln.markdown.RenderedMarkdown;
import dev.kiln.parallel.Parallel;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import java.time.Instant;
import java.time.chrono.ChronoZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Config + documents + a Markdown renderer + {@code now} → the {@link Site}. Pure apart from the
 * executor it renders Markdown bodies on; every user mistake becomes a diagnostic.
 */
public final class SiteAssembler {
    private static final int WORDS_PER_MINUTE = 230;
    private static final Comparator<Placement.Placed> NEWEST_FIRST = Comparator
            // The time-line order compares epoch seconds, where an Instant per comparison allocated.
            .comparing((Placement.Placed p) -> p.document().frontMatter().date().orElseThrow(),
                    ChronoZonedDateTime.timeLineOrder())
            .reversed()
            .thenComparing(p -> p.document().source());

    private final SiteConfig config;
    private final BodyRenderer bodies;
    private final MediaFiles media;
    private final ExecutorService executor;

    public SiteAssembler(SiteConfig config, MarkdownRenderer markdown, MediaFiles media, ExecutorService executor) {
        this(config, (doc, links, images, diagnostics) -> markdown.render(doc.source(), doc.body(),
                doc.bodyFirstLine(), doc.frontMatter().title(), links, images, diagnostics), media, executor);
    }

    /** With a body renderer that may reuse earlier results (incremental rebuilds). */
    public SiteAssembler(SiteConfig config, BodyRenderer bodies, MediaFiles media, ExecutorService executor) {
        this.config = config;
        this.bodies = bodies;
        this.media = media;
        this.executor = executor;
    }

    /** What to publish besides ready posts: drafts and future-dated posts, compared with {@code now}. */
    public record Filter(Instant now, boolean drafts, boolean future) {}

    /** {@code documents} in any order; the site comes out in a stable order whatever it was. */
    public Site assemble(List<Document> documents, Filter filter, Diagnostics diagnostics) {
        return assembleAll(documents, filter, diagnostics).site();
    }

    /** As {@link #assemble}, keeping what {@link #update} needs to make the next site from this one. */
    public AssembledSite assembleAll(List<Document> documents, Filter filter, Diagnostics diagnostics) {
        Diagnostics found = new Diagnostics();
        Made made = make(documents, filter, found);
        diagnostics.addAll(found.toList());
        return indexes(made, documents, filter, found.isEmpty());
    }

    /**
     * The site for {@code documents}, made from {@code previous} by redoing only the documents that
     * changed (by instance) — or empty when the change is not one it can make in place: a post or
     * page added, removed or renamed, published or withdrawn, moved to another URL or date, given
     * other terms or aliases; a future post come due; a previous site with diagnostics; a change
     * that brings diagnostics. Then {@link #assembleAll} makes it, reporting what is wrong. When
     * it is made, the result equals what {@link #assembleAll} would give, and it has no diagnostics.
     */
    public Optional<AssembledSite> update(AssembledSite previous, List<Document> documents, Filter filter) {
        return new SiteUpdate(this, previous, filter).apply(documents);
    }

    /** A site and the link table its bodies were rendered with. */
    private record Made(Site site, LinkTable links, ImageTable images) {}

    private static AssembledSite indexes(Made made, List<Document> documents, Filter filter, boolean clean) {
        Site site = made.site();
        Map<SourcePath, Document> bySource = new HashMap<>();
        for (Document d : documents) bySource.put(d.source(), d);
        PatchedMap<SourcePath, Document> byPath = PatchedMap.of(bySource);
        Map<SourcePath, Integer> postIndex = new HashMap<>();
        for (int i = 0; i < site.posts().size(); i++) postIndex.put(site.posts().get(i).summary().source(), i);
        Map<SourcePath, Integer> pageIndex = new HashMap<>();
        for (int i = 0; i < site.pages().size(); i++) pageIndex.put(site.pages().get(i).source(), i);
        Map<UrlPath, Integer> routeIndex = new HashMap<>();
        for (int i = 0; i < site.routes().size(); i++) routeIndex.put(site.routes().get(i).url(), i);
        Optional<Instant> nextDue = documents.stream()
                .filter(d -> d.kind() == DocumentKind.POST)
                .flatMap(d -> d.frontMatter().date().stream())
                .map(java.time.ZonedDateTime::toInstant)
                .filter(t -> t.isAfter(filter.now()))
                .min(Instant::compareTo);
        return new AssembledSite(site, filter, byPath, made.links(), made.images(), postIndex, pageIndex, routeIndex,
                nextDue, clean);
    }

    private Made make(List<Document> documents, Filter filter, Diagnostics diagnostics) {
        Placement placement = new Placement(config);
        List<Placement.Placed> posts = new ArrayList<>();
        List<Placement.Placed> pages = new ArrayList<>();
        Set<SourcePath> unpublished = new HashSet<>();
        List<Document> shown = new ArrayList<>(documents.size());
        for (Document doc : documents.stream().sorted(Comparator.comparing(Document::source)).toList()) {
            if (published(doc, filter)) shown.add(doc);
            else unpublished.add(doc.source());
        }
        // Placing, like every per-post step below, is independent work: tenths of a second of one
        // core at 10,000 posts while the other waited.
        record Placing(Optional<Placement.Placed> placed, List<Diagnostic> diagnostics) {}
        List<Placing> placings = Parallel.map(executor, shown, doc -> {
            Diagnostics local = new Diagnostics();
            return new Placing(placement.place(doc, local), local.toList());
        });
        for (Placing placing : placings) {
            diagnostics.addAll(placing.diagnostics());
            placing.placed().ifPresent(p -> (p.document().kind() == DocumentKind.POST ? posts : pages).add(p));
        }
        posts.sort(NEWEST_FIRST);

        Map<SourcePath, UrlPath> urls = new HashMap<>();
        posts.forEach(p -> urls.put(p.document().source(), p.url()));
        pages.forEach(p -> urls.put(p.document().source(), p.url()));
        LinkTable links = new LinkTable(urls, unpublished, config.basePath());
        ImageTable images = new ImageTable(media, config.images(), config.basePath(), bundleFolders(posts, pages));

        List<Body> postBodies = renderAll(posts, links, images, diagnostics);
        List<Body> pageBodies = renderAll(pages, links, images, diagnostics);

        // The images are collected in order (the collector is not thread-safe); the records in parallel.
        MediaCollector collected = new MediaCollector(images);
        record PostParts(Placement.Placed placed, Body body, Optional<String> image) {}
        List<PostParts> parts = new ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            Placement.Placed p = posts.get(i);
            parts.add(new PostParts(p, postBodies.get(i), collected.document(p.document(), postBodies.get(i).images(),
                    diagnostics)));
        }
        List<Post> postList = Parallel.map(executor, parts, x -> post(x.placed(), x.body(), x.image()));
        List<Page> pageList = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            Placement.Placed p = pages.get(i);
            pageList.add(page(p, pageBodies.get(i), collected.document(p.document(), pageBodies.get(i).images(), diagnostics)));
        }

        List<Summary> summaries = postList.stream().map(Post::summary).toList();
        List<Taxonomy> taxonomies = new ArrayList<>();
        Taxonomy categories = null;
        Taxonomy tags = null;
        if (config.taxonomies().categories()) {
            categories = Taxonomies.build("categories", "Category", "Categories", summaries, Summary::categories);
            taxonomies.add(categories);
        }
        if (config.taxonomies().tags()) {
            tags = Taxonomies.build("tags", "Tag", "Tags", summaries, Summary::tags);
            taxonomies.add(tags);
        }
        if (config.taxonomies().authors()) {
            taxonomies.add(Taxonomies.build("authors", "Author", "Authors", summaries, Summary::authors));
        }
        Archive archive = Archives.build(summaries);
        Related related = new Related(tags, categories).prepare();
        List<List<Summary>> relatedLists = Parallel.map(executor, summaries, related::of);
        List<Route> routes = new RouteTable(config).routes(postList, pageList, taxonomies, archive,
                relatedLists, filter.now(), diagnostics);
        return new Made(new Site(config, postList, pageList, taxonomies, archive, routes,
                collected.media(media.contentFiles())), links, images);
    }

    /** Each published bundle's folder and the URL folder its files go to (its document's URL). */
    private static Map<String, String> bundleFolders(List<Placement.Placed> posts, List<Placement.Placed> pages) {
        Map<String, String> out = new HashMap<>();
        for (List<Placement.Placed> list : List.of(posts, pages)) {
            for (Placement.Placed p : list) {
                if (!Placement.isBundle(p.document())) continue;
                String url = p.url().value();
                String folder = url.endsWith("/") ? url : url.substring(0, url.lastIndexOf('/') + 1);
                out.put(p.document().source().parent(), folder.substring(1));
            }
        }
        return out;
    }

    static boolean published(Document doc, Filter filter) {
        FrontMatter fm = doc.frontMatter();
        if (fm.draft() && !filter.drafts()) return false;
        if (doc.kind() == DocumentKind.POST && !filter.future()) {
            return fm.date().map(d -> !d.toInstant().isAfter(filter.now())).orElse(true);
        }
        return true;
    }

    private List<Body> renderAll(List<Placement.Placed> placed, LinkTable links, ImageTable images,
                                 Diagnostics diagnostics) {
        record Rendered(Body body, List<Diagnostic> diagnostics) {}
        List<Rendered> rendered = Parallel.map(executor, placed, p -> {
            Document doc = p.document();
            Diagnostics local = new Diagnostics();
            RenderedMarkdown md = bodies.render(doc, links.resolverFor(doc.source()),
                    images.resolverFor(doc.source()), local);
            return new Rendered(body(md), local.toList());
        });
        List<Body> out = new ArrayList<>(placed.size());
        for (Rendered r : rendered) {
            diagnostics.addAll(r.diagnostics());
            out.add(r.body());
        }
        return out;
    }

    /** One body, rendered with the links of an assembled site (the same call {@link #renderAll} makes). */
    RenderedMarkdown render(Document doc, LinkTable links, ImageResolver images, Diagnostics diagnostics) {
        return bodies.render(doc, links.resolverFor(doc.source()), images, diagnostics);
    }

    /** The body as the site keeps it; its readable text only when search will index it. */
    Body body(RenderedMarkdown md) {
        return Body.of(md, config.search().enabled());
    }

    Post post(Placement.Placed p, Body md, Optional<String> image) {
        Document doc = p.document();
        FrontMatter fm = doc.frontMatter();
        List<String> authors = fm.authors().isEmpty() ? config.author().map(List::of).orElse(List.of()) : fm.authors();
        Summary summary = new Summary(doc.source(), fm.title(), p.url(), fm.date().orElseThrow(), fm.updated(),
                fm.excerpt().orElse(md.excerpt()),
                Taxonomies.refs(UrlPath.of("categories"), fm.categories()),
                Taxonomies.refs(UrlPath.of("tags"), fm.tags()),
                Taxonomies.refs(UrlPath.of("authors"), authors),
                readingMinutes(md.wordCount()));
        return new Post(summary, md.html(), md.text(), md.headings(), md.wordCount(), fm.canonicalUrl(),
                p.aliases(), image, fm.draft(), fm.params());
    }

    Page page(Placement.Placed p, Body md, Optional<String> image) {
        FrontMatter fm = p.document().frontMatter();
        return new Page(p.document().source(), fm.title(), p.url(), fm.excerpt().orElse(md.excerpt()),
                md.html().text(), md.text().text(), md.headings(), image, p.aliases(), fm.params());
    }

    /** Minutes at 230 words a minute, rounded to the nearest minute, never less than one. */
    static int readingMinutes(int words) {
        return Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }
}
