package dev.kiln.build;

import dev.kiln.config.SiteConfig;
import dev.kiln.content.DocumentParser;
import dev.kiln.feed.FeedOutputs;
import dev.kiln.highlight.SyntaxHighlighter;
import dev.kiln.output.OutputFile;
import dev.kiln.render.PageRenderer;
import dev.kiln.render.TemplateRoots;
import dev.kiln.render.Templates;
import dev.kiln.search.SearchIndexer;
import dev.kiln.site.Site;
import dev.kiln.site.SiteAssembler;
import dev.kiln.site.UrlPath;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Builds a site in memory and then rebuilds it after changes, doing work in proportion to the
 * change (ARCHITECTURE §7): unchanged files keep their parsed documents, unchanged bodies their
 * HTML, and a route is rendered again only when its model, the site-wide model or the templates
 * changed. Not thread-safe: one rebuild thread owns it (the dev server's rebuild loop).
 */
public final class Rebuilder implements AutoCloseable {
    private final BuildOptions options;
    private final ExecutorService executor;
    private final SyntaxHighlighter highlighter = new SyntaxHighlighter();

    private SiteConfig config;
    private List<Diagnostic> configDiagnostics = List.of();
    private DocumentCache documents;
    private MarkdownCache bodies;
    private TemplateRoots roots;
    private Templates templates;
    private Assets assets;
    private List<Diagnostic> assetDiagnostics = List.of();
    private BuildState last;

    /** {@code options.now()} is ignored: every build is given its own moment. */
    public Rebuilder(BuildOptions options) {
        this.options = options;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kiln-rebuild");
            t.setDaemon(true);
            return t;
        });
    }

    /** Forgets every cache and builds the whole site. */
    public RebuildResult full(Instant now) throws SetupError, IOException {
        long start = System.nanoTime();
        Path root = options.siteRoot();
        if (!Files.isDirectory(root)) {
            throw new SetupError("the site folder " + root + " does not exist",
                    "pass the folder that holds kiln.yaml and content/, e.g. kiln serve my-blog");
        }
        Diagnostics configProblems = new Diagnostics();
        SiteConfig loaded = Builder.loadConfig(root, configProblems);
        config = options.baseUrl().map(loaded::withBaseUrl).orElse(loaded);
        configDiagnostics = configProblems.toList();
        documents = new DocumentCache(root, new DocumentParser(config.timezone()));
        documents.loadAll(executor);
        bodies = new MarkdownCache(Builder.markdownFor(config, highlighter));
        roots = new TemplateRoots(root, config.theme());
        templates = null;
        assets = null;
        last = null;
        return assemble(now, true, start);
    }

    /**
     * Rebuilds after {@code touched} paths changed (created, modified, deleted or moved; files or
     * folders). The paths are hints: they are re-read and compared with what was read before.
     */
    public RebuildResult rebuild(Collection<Path> touched, Instant now) throws SetupError, IOException {
        long start = System.nanoTime();
        Touched t = Touched.classify(options.siteRoot(), touched);
        if (config == null || t.config()) return full(now);
        if (t.templates()) templates = null;
        if (t.statics()) assets = null;
        for (var path : t.content()) documents.refresh(path);
        return assemble(now, false, start);
    }

    private RebuildResult assemble(Instant now, boolean full, long start) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(configDiagnostics);
        diagnostics.addAll(documents.diagnostics());
        Site site = new SiteAssembler(config, bodies, executor).assemble(documents.documents(),
                new SiteAssembler.Filter(now, options.drafts(), options.future()), diagnostics);
        bodies.retainOnly(new HashSet<>(documents.paths()));
        int bodiesRendered = bodies.takeRenderedCount();
        if (diagnostics.hasErrors()) return failed(diagnostics, full, bodiesRendered, start);

        if (assets == null) {
            Diagnostics found = new Diagnostics();
            assets = Assets.collect(options.siteRoot(), roots.themeStatic(), found);
            assetDiagnostics = found.toList();
        }
        diagnostics.addAll(assetDiagnostics);
        if (templates == null) templates = new Templates(roots, Locale.forLanguageTag(config.language()));
        FeedOutputs feeds = new FeedOutputs(site, now);
        PageRenderer pages = new PageRenderer(templates, site, new UrlPath("/" + assets.stylesheetPath()),
                feeds.siteFeeds(), feeds::termFeeds);
        RouteRendering rendering = RouteRendering.run(site, pages, templates, assets.files(), last, executor);
        diagnostics.addAll(rendering.errors());
        if (diagnostics.hasErrors()) return failed(diagnostics, full, bodiesRendered, start);
        // Feeds, sitemap and the search index are made whole each time: they are cheap next to
        // the pages on a small site, and on a large one they are the next thing to make incremental.
        List<OutputFile> machine = new ArrayList<>(feeds.generate(diagnostics,
                path -> Builder.readSource(options.siteRoot(), path), executor));
        machine.addAll(new SearchIndexer(executor).index(site));

        BuildState next = rendering.state(site, templates, pages.siteModel(), machine);
        List<String> changed = new ArrayList<>();
        next.files().forEach((path, file) -> {
            if (last == null || !file.equals(last.files().get(path))) changed.add(path);
        });
        List<String> removed = last == null ? List.of()
                : last.files().keySet().stream().filter(p -> !next.files().containsKey(p)).toList();
        last = next;
        return new RebuildResult(Optional.of(next), diagnostics.toList(), full, rendering.renderedUrls(), changed,
                removed, bodiesRendered, since(start));
    }

    private RebuildResult failed(Diagnostics diagnostics, boolean full, int bodiesRendered, long start) {
        return new RebuildResult(Optional.ofNullable(last), diagnostics.toList(), full, List.of(), List.of(),
                List.of(), bodiesRendered, since(start));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
