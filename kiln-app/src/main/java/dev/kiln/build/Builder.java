package dev.kiln.build;

import dev.kiln.config.ConfigLoader;
import dev.kiln.config.SiteConfig;
import dev.kiln.content.Document;
import dev.kiln.content.DocumentParser;
import dev.kiln.markdown.MarkdownOptions;
import dev.kiln.markdown.MarkdownRenderer;
import dev.kiln.output.OutputDir;
import dev.kiln.output.OutputFile;
import dev.kiln.output.OutputRefusedException;
import dev.kiln.output.OutputWriter;
import dev.kiln.render.PageRenderer;
import dev.kiln.render.TemplateRoots;
import dev.kiln.render.Templates;
import dev.kiln.site.Route;
import dev.kiln.site.Site;
import dev.kiln.site.SiteAssembler;
import dev.kiln.site.UrlPath;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import dev.kiln.source.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the pipeline: config → scan → parse → assemble → render → write. Owns the thread pool that
 * the parallel stages share. Output is written only when the build has no errors, so a bad edit
 * never replaces a good site.
 */
public final class Builder implements AutoCloseable {
    private static final List<String> PROTECTED = List.of("content", "static", "templates", "themes");

    private final ExecutorService executor;
    private final MarkdownRenderer markdown;

    public Builder() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kiln-build");
            t.setDaemon(true);
            return t;
        });
        this.markdown = new MarkdownRenderer(MarkdownOptions.defaults());
    }

    /** Builds the site and publishes it into its output folder, unless the build has errors. */
    public BuildReport build(BuildOptions options) throws SetupError, IOException {
        long start = System.nanoTime();
        Generated generated = generate(options);
        int posts = generated.site() == null ? 0 : generated.site().posts().size();
        if (generated.failed()) {
            return new BuildReport(generated.diagnostics(), false, generated.outputFolder(), posts, 0, List.of(), 0,
                    List.of(), since(start));
        }
        OutputDir dir = openOutput(generated.outputFolder(), options.siteRoot());
        OutputWriter.Result written = write(dir, generated.phases());
        return new BuildReport(generated.diagnostics(), true, generated.outputFolder(), posts,
                generated.files().size(), written.writtenPaths(), written.unchanged(), written.removedPaths(),
                since(start));
    }

    /** Builds the site in memory: every output file and every diagnostic, nothing written. */
    public Generated generate(BuildOptions options) throws SetupError, IOException {
        Path root = options.siteRoot();
        if (!Files.isDirectory(root)) {
            throw new SetupError("the site folder " + root + " does not exist",
                    "pass the folder that holds kiln.yaml and content/, e.g. kiln build my-blog");
        }
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = loadConfig(root, diagnostics);
        if (options.baseUrl().isPresent()) config = config.withBaseUrl(options.baseUrl().get());
        Path outputFolder = options.output().orElse(root.resolve(config.output()).normalize());

        List<SourcePath> files = SourceTree.list(root, "content", diagnostics);
        List<Document> documents = new ContentReader(root, new DocumentParser(config.timezone()), executor)
                .read(files, diagnostics);
        Site site = new SiteAssembler(config, markdown, executor).assemble(documents,
                new SiteAssembler.Filter(options.now(), options.drafts(), options.future()), diagnostics);
        if (diagnostics.hasErrors()) return new Generated(site, List.of(), diagnostics.toList(), outputFolder);

        TemplateRoots roots = new TemplateRoots(root, config.theme());
        Assets assets = Assets.collect(root, roots.themeStatic(), diagnostics);
        Templates templates = new Templates(roots, Locale.forLanguageTag(config.language()));
        PageRenderer pages = new PageRenderer(templates, site, new UrlPath("/" + assets.stylesheetPath()), List.of());
        List<List<OutputFile>> phases = new ArrayList<>();
        phases.add(assets.files());
        for (List<Route> group : PublishOrder.groups(site.routes())) phases.add(render(group, pages, diagnostics));
        return new Generated(site, phases, diagnostics.toList(), outputFolder);
    }

    /** Writes phase after phase, each in parallel, so a reader never sees a link to a page not yet there. */
    private OutputWriter.Result write(OutputDir dir, List<List<OutputFile>> phases) throws IOException {
        try (OutputWriter.Session session = OutputWriter.begin(dir)) {
            for (List<OutputFile> phase : phases) {
                List<Future<?>> writes = new ArrayList<>(phase.size());
                for (OutputFile f : phase) writes.add(executor.submit(() -> session.accept(f)));
                for (Future<?> w : writes) Futures.join(w);
            }
            return session.commit();
        }
    }

    private List<OutputFile> render(List<Route> routes, PageRenderer pages, Diagnostics diagnostics) {
        record Rendered(Optional<OutputFile> file, Optional<Diagnostic> error) {}
        List<Future<Rendered>> futures = new ArrayList<>(routes.size());
        for (Route route : routes) {
            futures.add(executor.submit(() -> {
                try {
                    return new Rendered(Optional.of(pages.render(route)), Optional.empty());
                } catch (Templates.TemplateError e) {
                    return new Rendered(Optional.empty(), Optional.of(e.diagnostic()));
                }
            }));
        }
        List<OutputFile> out = new ArrayList<>(routes.size());
        java.util.Set<Diagnostic> errors = new java.util.LinkedHashSet<>();
        for (Future<Rendered> f : futures) {
            Rendered r = Futures.join(f);
            r.file().ifPresent(out::add);
            r.error().ifPresent(errors::add);
        }
        // One broken template breaks every page that uses it: report it once.
        diagnostics.addAll(errors);
        return out;
    }

    static SiteConfig loadConfig(Path root, Diagnostics diagnostics) throws IOException {
        Path file = ConfigLoader.FILE.resolveAgainst(root);
        if (!Files.isRegularFile(file)) return SiteConfig.defaults();
        Optional<SourceText> text = SourceText.decode(ConfigLoader.FILE, Files.readAllBytes(file), diagnostics);
        return text.map(t -> ConfigLoader.load(t, diagnostics)).orElse(SiteConfig.defaults());
    }

    private static OutputDir openOutput(Path folder, Path root) throws SetupError, IOException {
        try {
            return OutputDir.open(folder, root, PROTECTED.stream().map(root::resolve).toList());
        } catch (OutputRefusedException e) {
            throw new SetupError(e.message(), e.hint());
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
