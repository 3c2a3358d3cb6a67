package dev.kiln.build;

import dev.kiln.config.ConfigLoader;
import dev.kiln.config.SiteConfig;
import dev.kiln.content.Document;
import dev.kiln.content.DocumentKind;
import dev.kiln.content.DocumentParser;
import dev.kiln.highlight.SyntaxHighlighter;
import dev.kiln.image.Cwebp;
import dev.kiln.image.Resizer;
import dev.kiln.markdown.CodeHighlighter;
import dev.kiln.markdown.MarkdownOptions;
import dev.kiln.markdown.MarkdownRenderer;
import dev.kiln.output.OutputDir;
import dev.kiln.output.OutputFile;
import dev.kiln.output.OutputRefusedException;
import dev.kiln.output.OutputWriter;
import dev.kiln.parallel.Parallel;
import dev.kiln.render.PageRenderer;
import dev.kiln.render.TemplateRoots;
import dev.kiln.render.Templates;
import dev.kiln.site.Route;
import dev.kiln.site.Site;
import dev.kiln.site.SiteAssembler;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import dev.kiln.source.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs the pipeline: config → scan → parse → assemble → render → write. Owns the thread pool that
 * the parallel stages share. Output is written only when the build has no errors, so a bad edit
 * never replaces a good site.
 */
public final class Builder implements AutoCloseable {
    /** Above this heap use, collecting after assembly pays (see {@link #collectSources}). */
    private static final long LARGE_HEAP = 128L << 20;
    private static final List<String> PROTECTED = List.of("content", "static", "templates", "themes");

    private final ExecutorService executor;
    private final SyntaxHighlighter highlighter = new SyntaxHighlighter();
    private final Optional<Cwebp> webp = Cwebp.find();

    public Builder() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kiln-build");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Builds the site and publishes it into its output folder, unless the build has errors. Pages
     * are written (staged) as they are rendered, so memory does not grow with the site; they become
     * visible only when every page has rendered without error.
     */
    public BuildReport build(BuildOptions options) throws SetupError, IOException {
        long start = System.nanoTime();
        requireSiteFolder(options.siteRoot());
        Optional<InputFingerprint.Taken> taken = InputFingerprint.of(options, executor);
        Optional<String> fingerprint = taken.map(InputFingerprint.Taken::digest);
        Optional<BuildReport> unchanged = unchanged(options, fingerprint, start);
        if (unchanged.isPresent()) return unchanged.get();
        Plan plan = plan(options, taken.map(InputFingerprint.Taken::content));
        collectSources();
        int posts = plan.site() == null ? 0 : plan.site().posts().size();
        if (plan.diagnostics().hasErrors()) {
            // Render anyway, writing nothing, so that template errors are reported with the content's.
            for (Supplier<List<OutputJob>> phase : plan.phases()) run(phase.get(), plan.diagnostics(), file -> { });
            return failed(plan, posts, start);
        }
        boolean existed = Files.exists(plan.outputFolder());
        OutputDir dir = openOutput(plan.outputFolder(), options.siteRoot());
        plan.variants().attach(dir);
        try (OutputWriter.Session session = OutputWriter.begin(dir)) {
            int files = 0;
            for (Supplier<List<OutputJob>> phase : plan.withMedia()) {
                List<OutputJob> jobs = phase.get();
                files += jobs.size();
                run(jobs, plan.diagnostics(), session::accept);
                session.mark();
            }
            if (plan.diagnostics().hasErrors()) {
                session.close();
                if (!existed) {
                    plan.variants().discard();
                    deleteIfEmpty(plan.outputFolder());
                }
                return failed(plan, posts, start);
            }
            // Only a build without warnings may be skipped next time: skipping must not hide them.
            String state = fingerprint.isPresent() && plan.diagnostics().isEmpty()
                    ? new RecordedBuild(fingerprint.get(), posts, plan.nextDue()).format() : "";
            OutputWriter.Result written = session.commit(state, executor);
            plan.variants().prune();
            return new BuildReport(plan.diagnostics().toList(), true, plan.outputFolder(), posts, files,
                    written.writtenPaths(), written.unchanged(), written.removedPaths(), since(start), plan.notes());
        }
    }

    /**
     * The report of a build that need not run: its inputs have the fingerprint the last clean build
     * recorded, no scheduled post has come due, and the output folder is as that build left it.
     */
    private Optional<BuildReport> unchanged(BuildOptions options, Optional<String> fingerprint, long start)
            throws IOException {
        if (fingerprint.isEmpty()) return Optional.empty();
        Diagnostics configProblems = new Diagnostics();
        SiteConfig config = loadConfig(options.siteRoot(), configProblems);
        Path folder = options.output().orElse(options.siteRoot().resolve(config.output()).normalize());
        if (!configProblems.isEmpty() || !Files.isDirectory(folder)) return Optional.empty();
        OutputDir dir;
        try {
            dir = openOutput(folder, options.siteRoot());
        } catch (SetupError e) {
            return Optional.empty();
        }
        Optional<RecordedBuild> last = OutputWriter.intactState(dir).flatMap(RecordedBuild::parse);
        if (last.isEmpty() || !last.get().stillValid(fingerprint.get(), options.now())) return Optional.empty();
        return Optional.of(new BuildReport(List.of(), true, folder, last.get().posts(), OutputWriter.manifestSize(dir),
                List.of(), OutputWriter.manifestSize(dir), List.of(), since(start), List.of()));
    }

    /** Builds the site in memory: every output file and every diagnostic, nothing written. */
    public Generated generate(BuildOptions options) throws SetupError, IOException {
        Plan plan = plan(options, Optional.empty());
        List<List<OutputFile>> phases = new ArrayList<>();
        for (Supplier<List<OutputJob>> phase : plan.diagnostics().hasErrors() ? plan.phases() : plan.withMedia()) {
            List<OutputJob> jobs = phase.get();
            List<OutputFile> files = java.util.Collections.synchronizedList(new ArrayList<>(jobs.size()));
            run(jobs, plan.diagnostics(), files::add);
            files.sort(java.util.Comparator.comparing(OutputFile::path));
            phases.add(files);
        }
        return new Generated(plan.site(), phases, plan.diagnostics().toList(), plan.outputFolder());
    }

    /** One output file to produce; a template or image problem is the user's, anything else a bug. */
    @FunctionalInterface
    interface OutputJob {
        OutputFile produce() throws Templates.TemplateError, MediaOutputs.Failure;
    }

    /**
     * What a build will produce: the assembled site and its outputs as jobs, grouped in publishing
     * order (ARCHITECTURE §10). {@code phases} is empty when the content has errors. A phase's
     * jobs are made when it runs: the feeds and the search index (tens of MB at 10,000 posts) are
     * made after the pages, not held in memory while every page renders. The media (bundle files
     * and image variants, which may write the image cache) are separate: they join the first phase
     * only once the output folder is accepted, and never when content has errors.
     */
    private record Plan(Site site, Diagnostics diagnostics, Path outputFolder, List<Supplier<List<OutputJob>>> phases,
                        List<OutputJob> media, VariantStore variants, Optional<Instant> nextDue, List<String> notes) {
        List<Supplier<List<OutputJob>>> withMedia() {
            if (phases.isEmpty()) return phases;
            List<Supplier<List<OutputJob>>> all = new ArrayList<>(phases);
            Supplier<List<OutputJob>> assets = phases.get(0);
            all.set(0, () -> {
                List<OutputJob> first = new ArrayList<>(media);
                first.addAll(assets.get());
                return first;
            });
            return all;
        }
    }

    /** @param content the files of content/ if already listed (see {@link InputFingerprint.Taken}) */
    private Plan plan(BuildOptions options, Optional<List<SourcePath>> content) throws SetupError, IOException {
        Path root = options.siteRoot();
        requireSiteFolder(root);
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = loadConfig(root, diagnostics);
        if (options.baseUrl().isPresent()) config = config.withBaseUrl(options.baseUrl().get());
        Path outputFolder = options.output().orElse(root.resolve(config.output()).normalize());

        List<SourcePath> files = content.isPresent() ? content.get() : SourceTree.list(root, "content", diagnostics);
        List<Document> documents = new ContentReader(root, new DocumentParser(config.timezone()), executor)
                .read(files, diagnostics);
        TemplateRoots roots = new TemplateRoots(root, config.theme());
        Assets assets = Assets.collect(root, roots.themeStatic(), diagnostics, executor);
        VariantStore variants = VariantStore.forBuild();
        // Read now: whether an image gets WebP variants is decided while the pages are assembled
        // (MediaLibrary.webpSmaller), from a WebP copy the last build may have kept.
        variants.readFrom(outputFolder);
        MediaLibrary library = new MediaLibrary(root, files, assets, webp, variants, false);
        Site site = new SiteAssembler(config, markdownFor(config), library, executor).assemble(documents,
                new SiteAssembler.Filter(options.now(), options.drafts(), options.future()), diagnostics);
        Optional<Instant> nextDue = options.future() ? Optional.empty() : documents.stream()
                .filter(d -> d.kind() == DocumentKind.POST && (options.drafts() || !d.frontMatter().draft()))
                .flatMap(d -> d.frontMatter().date().stream())
                .map(ZonedDateTime::toInstant)
                .filter(t -> t.isAfter(options.now()))
                .min(Instant::compareTo);
        // Pages are rendered even when content has errors (nothing is written then): kiln check
        // still checks every page, and template errors are reported along with content errors.

        Templates templates = new Templates(roots, Locale.forLanguageTag(config.language()));
        SiteWide siteWide = new SiteWide(site, options.now(), root);
        PageRenderer pages = siteWide.pages(templates, assets);
        List<Supplier<List<OutputJob>>> phases = new ArrayList<>();
        phases.add(() -> jobs(assets.files()));
        List<List<Route>> groups = PublishOrder.groups(site.routes());
        for (int i = 0; i < groups.size(); i++) {
            // Feeds, sitemap and robots.txt go out after the pages they point to, before the home page (last).
            if (i == groups.size() - 1) {
                phases.add(() -> jobs(siteWide.feeds(diagnostics, executor)));
            }
            List<Route> group = groups.get(i);
            phases.add(() -> group.stream().<OutputJob>map(r -> () -> pages.render(r)).toList());
        }
        // The index links to posts and the search page (a list) reads it: publish it between the two.
        phases.add(2, () -> jobs(siteWide.searchFiles(executor)));
        List<OutputJob> media = mediaJobs(site, assets, library, variants, webp, diagnostics).stream()
                .<OutputJob>map(j -> j::make).toList();
        return new Plan(site, diagnostics, outputFolder, phases, media, variants, nextDue, notes(site, config, webp));
    }

    /**
     * The jobs that publish bundle files and image variants, each with its content key; a bundle
     * file at the path of a page or static file is an error.
     */
    static List<MediaOutputs.Job> mediaJobs(Site site, Assets assets, MediaLibrary library, VariantStore variants,
                                            Optional<Cwebp> webp, Diagnostics diagnostics) {
        int quality = site.config().images().quality();
        MediaOutputs outputs = new MediaOutputs(library, variants, new Resizer(quality, webp), quality);
        return outputs.jobs(site.media(), takenBundlePaths(site, assets), diagnostics);
    }

    /**
     * The paths of bundle files that a page or a static file takes already. Only the bundle files'
     * own paths are looked for: a set of every page's path cost each of kiln serve's rebuilds
     * about 8 ms at 10,000 posts, bundles or not (a body edit took 29 ms with it, 20 without).
     */
    private static Set<String> takenBundlePaths(Site site, Assets assets) {
        if (site.media().files().isEmpty()) return Set.of();
        Set<String> bundled = new HashSet<>();
        site.media().files().forEach(f -> bundled.add(f.outputPath()));
        Set<String> taken = new HashSet<>();
        for (Route r : site.routes()) {
            String path = r.url().outputFile();
            if (bundled.contains(path)) taken.add(path);
        }
        for (OutputFile f : assets.files()) {
            if (bundled.contains(f.path())) taken.add(f.path());
        }
        return taken;
    }

    /** One line when WebP is wanted but cwebp is missing: the images are fine, only larger. */
    static List<String> notes(Site site, SiteConfig config, Optional<Cwebp> webp) {
        if (webp.isPresent() || !config.images().webp() || site == null || site.media().variants().isEmpty()) {
            return List.of();
        }
        return List.of("info: images have JPEG/PNG variants only: WebP needs cwebp on the PATH"
                + " (Debian/Ubuntu: apt install webp; macOS: brew install webp), or set images.webp: false");
    }

    /**
     * Runs one phase's jobs in parallel, handing each file to {@code sink} on the worker thread
     * (no list of every page is kept). A broken template breaks every page that uses it: its
     * error is reported once.
     */
    private void run(List<OutputJob> jobs, Diagnostics diagnostics, java.util.function.Consumer<OutputFile> sink) {
        Set<Diagnostic> errors = ConcurrentHashMap.newKeySet();
        Parallel.forEach(executor, jobs, job -> {
            try {
                sink.accept(job.produce());
            } catch (Templates.TemplateError e) {
                errors.add(e.diagnostic());
            } catch (MediaOutputs.Failure e) {
                errors.add(e.diagnostic());
            }
        });
        diagnostics.addAll(errors.stream().sorted().toList());
    }

    /**
     * Every post's Markdown source (a third of a large site's heap) is garbage once the site is
     * assembled, and it sits in the old generation, which the collectors of batch builds (serial,
     * parallel) grow rather than collect: the index and pages made next would pile on top of it,
     * in memory the process has not touched yet, and on a VM touching a new page is slow (this
     * machine: 4.5 ms per MB, the kernel zeroing it, inside the collector's pauses). One collection
     * here lets them reuse the sources' space. 10,000 posts (heap 270 MB here): the collection
     * takes 0.1 s and the pauses after it 0.3–0.7 s less, peak RSS 413 MB against 490 MB; 1,000
     * posts (32 MB): it takes 20–30 ms and frees 12 MB, which does not pay, so a small heap skips it.
     */
    private static void collectSources() {
        Runtime runtime = Runtime.getRuntime();
        if (runtime.totalMemory() - runtime.freeMemory() > LARGE_HEAP) System.gc();
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        try {
            Files.deleteIfExists(folder);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // Someone put a file there meanwhile: it stays.
        }
    }

    private static BuildReport failed(Plan plan, int posts, long start) {
        return new BuildReport(plan.diagnostics().toList(), false, plan.outputFolder(), posts, 0, List.of(), 0,
                List.of(), since(start), plan.notes());
    }

    /** One renderer per build: highlighting is a site setting (markdown.highlight). */
    private MarkdownRenderer markdownFor(SiteConfig config) {
        return markdownFor(config, highlighter);
    }

    static MarkdownRenderer markdownFor(SiteConfig config, SyntaxHighlighter highlighter) {
        CodeHighlighter code = config.highlightCode() ? highlighter::highlight : CodeHighlighter.NONE;
        return new MarkdownRenderer(new MarkdownOptions(MarkdownOptions.defaults().headingAnchors(), code));
    }

    static SiteConfig loadConfig(Path root, Diagnostics diagnostics) throws IOException {
        Path file = ConfigLoader.FILE.resolveAgainst(root);
        if (!Files.isRegularFile(file)) return SiteConfig.defaults();
        Optional<SourceText> text = SourceText.decode(ConfigLoader.FILE, Files.readAllBytes(file), diagnostics);
        return text.map(t -> ConfigLoader.load(t, diagnostics)).orElse(SiteConfig.defaults());
    }

    private static List<OutputJob> jobs(List<OutputFile> ready) {
        return ready.stream().<OutputJob>map(f -> () -> f).toList();
    }

    /** A content file's text for a warning's source line; empty if it cannot be read now. */
    static Optional<SourceText> readSource(Path root, SourcePath path) {
        try {
            return SourceText.decode(path, Files.readAllBytes(path.resolveAgainst(root)), new Diagnostics());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static OutputDir openOutput(Path folder, Path root) throws SetupError, IOException {
        try {
            return OutputDir.open(folder, root, PROTECTED.stream().map(root::resolve).toList());
        } catch (OutputRefusedException e) {
            throw new SetupError(e.message(), e.hint());
        }
    }

    private static void requireSiteFolder(Path root) throws SetupError {
        if (!Files.isDirectory(root)) {
            throw new SetupError("the site folder " + root + " does not exist",
                    "pass the folder that holds kiln.yaml and content/, e.g. kiln build my-blog");
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
