package dev.kiln.build;

import dev.kiln.config.SiteConfig;
import dev.kiln.content.Document;
import dev.kiln.content.DocumentParser;
import dev.kiln.highlight.SyntaxHighlighter;
import dev.kiln.image.Cwebp;
import dev.kiln.output.OutputFile;
import dev.kiln.parallel.Parallel;
import dev.kiln.render.PageRenderer;
import dev.kiln.render.TemplateRoots;
import dev.kiln.render.Templates;
import dev.kiln.site.AssembledSite;
import dev.kiln.site.PatchedMap;
import dev.kiln.site.Site;
import dev.kiln.site.SiteAssembler;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
    /** For feeds and the search index, made after the pages (one thread: the pages come first). */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kiln-rebuild-site-wide");
        t.setDaemon(true);
        return t;
    });
    private final SyntaxHighlighter highlighter = new SyntaxHighlighter();
    private final Optional<Cwebp> webp = Cwebp.find();
    /** Resized images by content hash, kept across rebuilds so an image is encoded once per session. */
    private final VariantStore variants = VariantStore.inMemory();
    private MediaLibrary library;
    /** The media files of the last rebuild by content key ({@link MediaOutputs.Job#key()}). */
    private Map<String, OutputFile> madeMedia = Map.of();
    /** Whether files other than Markdown changed since the last rebuild (no in-place update then). */
    private boolean mediaTouched;

    private SiteConfig config;
    private List<Diagnostic> configDiagnostics = List.of();
    private DocumentCache documents;
    private MarkdownCache bodies;
    private TemplateRoots roots;
    private Templates templates;
    private Assets assets;
    private List<Diagnostic> assetDiagnostics = List.of();
    private BuildState last;
    /** The site model last assembled (with or without errors), from which the next one is updated. */
    private AssembledSite assembled;
    /** The static files of {@code last}'s build. */
    private List<OutputFile> lastAssets = List.of();
    /** The feeds, sitemap and search index last made, kept in the state until {@link #finish} redoes them. */
    private Map<String, OutputFile> machineFiles = Map.of();
    /** What {@link #finish} still has to make for {@code last}: null when nothing is pending. */
    private Pending pending;

    /** The site-wide outputs a rebuild leaves for {@link #finish}, with the rebuild's diagnostics. */
    private record Pending(SiteWide outputs, List<Diagnostic> diagnostics) {}

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
        library = null;
        madeMedia = Map.of();
        Path output = options.output().orElse(root.resolve(config.output()).normalize());
        variants.readFrom(output);
        last = null;
        assembled = null;
        lastAssets = List.of();
        machineFiles = Map.of();
        pending = null;
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
        List<SourcePath> media = t.content().stream().filter(p -> !p.fileName().endsWith(".md")).toList();
        if (!media.isEmpty() || t.statics()) mediaTouched = true;
        if (!media.isEmpty() && library != null) {
            library.refresh(SourceTree.list(options.siteRoot(), "content", new Diagnostics()), media);
        }
        return assemble(now, false, start);
    }

    private RebuildResult assemble(Instant now, boolean full, long start) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(configDiagnostics);
        diagnostics.addAll(documents.diagnostics());
        if (assets == null) {
            Diagnostics found = new Diagnostics();
            assets = Assets.collect(options.siteRoot(), roots.themeStatic(), found, executor);
            assetDiagnostics = found.toList();
            if (library != null) library.assets(assets);
        }
        if (library == null) {
            library = new MediaLibrary(options.siteRoot(), SourceTree.list(options.siteRoot(), "content", new Diagnostics()),
                    assets, webp, variants, true);
        }
        SiteAssembler assembler = new SiteAssembler(config, bodies, library, executor);
        SiteAssembler.Filter filter = new SiteAssembler.Filter(now, options.drafts(), options.future());
        List<Document> docs = documents.documents();
        // A changed image or bundle file changes pages whose documents did not change: only a whole
        // assembly looks at every image again.
        Optional<AssembledSite> updated = assembled == null || mediaTouched ? Optional.empty()
                : assembler.update(assembled, docs, filter);
        mediaTouched = false;
        if (updated.isPresent()) {
            assembled = updated.get();
        } else {
            assembled = assembler.assembleAll(docs, filter, diagnostics);
            bodies.retainOnly(new HashSet<>(documents.paths()));
        }
        Site site = assembled.site();
        int bodiesRendered = bodies.takeRenderedCount();
        if (diagnostics.hasErrors()) return failed(diagnostics, full, bodiesRendered, start);

        diagnostics.addAll(assetDiagnostics);
        List<OutputFile> statics = new ArrayList<>(assets.files());
        statics.addAll(media(site, diagnostics));
        if (diagnostics.hasErrors()) return failed(diagnostics, full, bodiesRendered, start);
        if (templates == null) templates = new Templates(roots, Locale.forLanguageTag(config.language()));
        else templates.forgetCachedBlocks();
        SiteWide siteWide = new SiteWide(site, now, options.siteRoot());
        PageRenderer pages = siteWide.pages(templates, assets);
        RouteRendering rendering = RouteRendering.run(site, pages, templates, statics, lastAssets, last, executor);
        diagnostics.addAll(rendering.errors());
        if (diagnostics.hasErrors()) return failed(diagnostics, full, bodiesRendered, start);
        // Feeds, sitemap and the search index are remade whole, which takes seconds on a large site:
        // they are left for finish(), so that the changed pages reach the browser first. Until then
        // the state keeps the previous ones (unchanged, so they count as neither changed nor removed).
        pending = new Pending(siteWide, diagnostics.toList());
        BuildState next = rendering.state(site, templates, pages.siteModel());
        last = next;
        lastAssets = statics;
        return new RebuildResult(Optional.of(next), diagnostics.toList(), full, rendering.renderedUrls(),
                rendering.changedFiles(), rendering.removedFiles(), bodiesRendered, since(start));
    }

    /**
     * Makes the feeds, sitemap and search index of the last good build, which {@link #full} and
     * {@link #rebuild} leave for later; empty when nothing is pending. After it, the state equals a
     * clean build of the same files.
     */
    public Optional<RebuildResult> finish() {
        return pendingWork().flatMap(work -> accept(work.make()));
    }

    /**
     * The work {@link #finish} would do, as a value that may run on another thread while this
     * rebuilder goes on; its result is taken by {@link #accept} only if no rebuild came between.
     * It runs on its own thread pool, so abandoned work never queues ahead of the next rebuild.
     */
    public Optional<Work> pendingWork() {
        if (pending == null || last == null) return Optional.empty();
        return Optional.of(new Work(pending));
    }

    /** Feeds, sitemap and search index to make for one rebuild. */
    public final class Work {
        private final Pending of;
        private final Cancellable executor = new Cancellable(background);

        private Work(Pending of) {
            this.of = of;
        }

        /**
         * Makes the files; thread-safe, touches no state of the rebuilder. Throws
         * {@link java.util.concurrent.CancellationException} when {@link #cancel} stopped it.
         */
        public Made make() {
            long start = System.nanoTime();
            Diagnostics diagnostics = new Diagnostics();
            diagnostics.addAll(of.diagnostics());
            executor.check();
            List<OutputFile> files = new ArrayList<>(of.outputs().feeds(diagnostics, executor));
            executor.check();
            files.addAll(of.outputs().searchFiles(executor));
            return new Made(of, files, diagnostics.toList(), start);
        }

        /** Stops {@link #make} soon, wherever it is: a newer rebuild has made its result useless. */
        public void cancel() {
            executor.cancel();
        }
    }

    /** What a {@link Work} made; opaque outside this package, it only goes back to {@link #accept}. */
    public static final class Made {
        private final Pending of;
        private final List<OutputFile> files;
        private final List<Diagnostic> diagnostics;
        private final long startNanos;

        Made(Pending of, List<OutputFile> files, List<Diagnostic> diagnostics, long startNanos) {
            this.of = of;
            this.files = List.copyOf(files);
            this.diagnostics = diagnostics;
            this.startNanos = startNanos;
        }
    }

    /** Takes {@code made} into the state, unless a rebuild has happened since its work was handed out. */
    public Optional<RebuildResult> accept(Made made) {
        if (made.of != pending || last == null) return Optional.empty();
        long start = made.startNanos;
        Map<String, OutputFile> machine = new HashMap<>();
        for (OutputFile f : made.files) machine.put(f.path(), f);
        List<String> removed = machineFiles.keySet().stream().filter(p -> !machine.containsKey(p)).sorted().toList();
        Map<String, OutputFile> puts = new HashMap<>();
        List<String> changed = new ArrayList<>();
        for (OutputFile f : made.files) {
            if (!f.equals(last.files().get(f.path()))) {
                changed.add(f.path());
                puts.put(f.path(), f);
            }
        }
        last = new BuildState(last.site(), last.routes(), last.siteModel(), last.templates(),
                PatchedMap.of(last.files()).with(puts, removed));
        machineFiles = machine;
        pending = null;
        return Optional.of(new RebuildResult(Optional.of(last), made.diagnostics, false, List.of(), changed,
                removed, 0, since(start)));
    }

    /**
     * The bundle files and image variants, made in parallel. A file whose content key was made in
     * the last rebuild is that same instance (no copy, and comparing it with the last state is
     * immediate); variants come from memory after the first time.
     */
    private List<OutputFile> media(Site site, Diagnostics diagnostics) {
        variants.startRound();
        List<MediaOutputs.Job> jobs = Builder.mediaJobs(site, assets, library, variants, webp, diagnostics);
        Map<String, OutputFile> before = madeMedia;
        List<Object> results = Parallel.map(executor, jobs, job -> {
            OutputFile known = before.get(job.key());
            if (known != null) return known;
            try {
                return job.make();
            } catch (MediaOutputs.Failure e) {
                return e.diagnostic();
            }
        });
        Map<String, OutputFile> made = new HashMap<>();
        List<OutputFile> out = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            Object r = results.get(i);
            if (r instanceof Diagnostic d) {
                diagnostics.add(d);
            } else {
                out.add((OutputFile) r);
                made.put(jobs.get(i).key(), (OutputFile) r);
            }
        }
        madeMedia = made;
        return out;
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
        background.shutdownNow();
    }
}
