package dev.kiln.search;

import dev.kiln.build.BuildOptions;
import dev.kiln.build.BuildReport;
import dev.kiln.build.Builder;
import dev.kiln.build.Generated;
import dev.kiln.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search benchmark of issue 7, run by {@code scripts/search-bench [POSTS]} (default 10,000):
 * index size on disk, gzipped bytes a one-word and a three-word query download, time to first
 * results in headless Chromium, build time added by indexing, and the size a single-file index in
 * MiniSearch's JSON shape would have for the same corpus. Prints a Markdown report. Not a test.
 */
public final class SearchBenchmark {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> QUERIES = List.of("kubernetes", "idempotent", "governance",
            "kubernetes latency budget", "flaky compiler rollout", "terraform in production");

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int posts = args.length > 1 && args[0].equals("--posts") ? Integer.parseInt(args[1]) : 10_000;
        Path work = Files.createTempDirectory("kiln-search-bench-");
        try {
            run(posts, work);
        } finally {
            Corpus.delete(work);
        }
    }

    private static void run(int posts, Path work) throws Exception {
        Path corpus = Corpus.generate(posts, 1, work.resolve("corpus"));
        Path yaml = corpus.resolve("kiln.yaml");
        String original = Files.exists(yaml) ? Files.readString(yaml) : "";
        out("# Search benchmark: %,d generated posts (gen-corpus --seed 1), %d cores%n", posts,
                Runtime.getRuntime().availableProcessors());

        // Build time: whole builds to disk with search off and on, alternating, best of two each.
        long off = Long.MAX_VALUE;
        long on = Long.MAX_VALUE;
        BuildReport report = null;
        for (int round = 0; round < 2; round++) {
            Files.writeString(yaml, original + "\nsearch: false\n");
            off = Math.min(off, timeBuild(corpus, work.resolve("out-off")).time().toMillis());
            Files.writeString(yaml, original);
            report = timeBuild(corpus, work.resolve("out-on"));
            on = Math.min(on, report.time().toMillis());
        }
        long indexing = timeIndexerAlone(corpus);
        out("%n## Build time%n| | ms |%n|---|---|%n| build, search off (best of 2) | %,d |%n| build, search on (best of 2) | %,d |%n"
                + "| difference | %,d (%.1f %%) |%n| indexing alone, in memory (best of 3) | %,d (%.1f %% of the build) |%n",
                off, on, on - off, 100.0 * (on - off) / off, indexing, 100.0 * indexing / on);

        Path out = report.outputFolder();
        Sizes fragments = Sizes.of(out.resolve("search/t"));
        Sizes docs = Sizes.of(out.resolve("search/d"));
        Sizes manifest = Sizes.of(out.resolve("search/index.json"));
        Sizes all = Sizes.of(out);
        out("%n## Index on disk%n| part | files | bytes | gzipped |%n|---|---|---|---|%n");
        out("| manifest (index.json) | 1 | %,d | %,d |%n", manifest.raw, manifest.gzip);
        out("| term fragments (t/) | %,d | %,d | %,d |%n", fragments.files, fragments.raw, fragments.gzip);
        out("| result files (d/: title, link, dates, excerpt; %d entries a file) | %,d | %,d | %,d |%n", SearchIndexer.PER,
                docs.files, docs.raw, docs.gzip);
        out("| whole site, for scale | %,d | %,d | |%n", all.files, all.raw);
        long[] single = SingleFileIndex.sizes(siteOf(corpus));
        out("%nA single-file index in MiniSearch's JSON shape (same fields, stored title, URL and date, no text for"
                + " snippets), downloaded whole by every first query: %,d bytes, %,d gzipped.%n", single[0], single[1]);

        try (SiteServer server = new SiteServer(out); Browser browser = new Browser()) {
            out("%n## Queries in headless Chromium (cold page load each time)%n"
                    + "| query | results | index files | pages for snippets | gzipped bytes | raw bytes | first results after page start (ms) | search to results (ms) | snippets from the pages done (ms after page start) |%n"
                    + "|---|---|---|---|---|---|---|---|---|%n");
            browser.driver().get(server.url("/search/?q=warmup"));
            waitForResults(browser);
            for (String q : QUERIES) {
                browser.driver().get(server.url("/"));
                server.drainLog();
                browser.driver().get(server.url("/search/?q=" + q.replace(' ', '+')));
                waitForResults(browser);
                var form = browser.driver().findElement(By.cssSelector("main form"));
                String status = browser.driver().findElement(By.cssSelector("main [role=status]")).getText();
                // What the query downloads: index files, and the pages of the results shown (their snippets).
                List<SiteServer.Request> index = new ArrayList<>();
                List<SiteServer.Request> pages = new ArrayList<>();
                for (SiteServer.Request r : server.drainLog()) {
                    if (r.path().startsWith("/search/") && r.path().endsWith(".json")) index.add(r);
                    else if (r.path().endsWith("/") && !r.path().startsWith("/search/")) pages.add(r);
                }
                List<SiteServer.Request> fetched = new ArrayList<>(index);
                fetched.addAll(pages);
                out("| %s | %s | %d | %d | %,d | %,d | %s | %s | %s |%n", q, status.replaceAll(" results? for.*", ""), index.size(),
                        pages.size(), fetched.stream().mapToLong(SiteServer.Request::sentBytes).sum(),
                        fetched.stream().mapToLong(SiteServer.Request::rawBytes).sum(),
                        form.getAttribute("data-kiln-shown"), form.getAttribute("data-kiln-ms"),
                        form.getAttribute("data-kiln-ready"));
            }
        }
        byte[] js = Files.readAllBytes(out.resolve("js/search.js"));
        out("%nThe client, js/search.js: %,d bytes, %,d gzipped (loaded once, cached).%n", js.length,
                SiteServer.gzip(js).length);
    }

    private static BuildReport timeBuild(Path corpus, Path output) throws Exception {
        if (Files.exists(output)) Corpus.delete(output);
        try (Builder builder = new Builder()) {
            BuildReport r = builder.build(BuildOptions.of(corpus, NOW).withOutput(output));
            if (r.failed()) throw new IllegalStateException("build failed: " + r.diagnostics());
            return r;
        }
    }

    private static Site siteOf(Path corpus) throws Exception {
        try (Builder builder = new Builder()) {
            Generated g = builder.generate(BuildOptions.of(corpus, NOW));
            return g.site();
        }
    }

    private static long timeIndexerAlone(Path corpus) throws Exception {
        Site site = siteOf(corpus);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                new SearchIndexer(pool).index(site);
                best = Math.min(best, Duration.ofNanos(System.nanoTime() - start).toMillis());
            }
            return best;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void waitForResults(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d ->
                d.findElement(By.cssSelector("main form")).getAttribute("data-kiln-ready") != null);
    }

    private static void out(String format, Object... args) {
        System.out.printf(Locale.ROOT, format, args);
    }

    /** File count, bytes and gzipped bytes (each file compressed alone, as a host serves it) under a path. */
    private record Sizes(long files, long raw, long gzip) {
        static Sizes of(Path path) throws IOException {
            long files = 0;
            long raw = 0;
            long gzip = 0;
            try (var all = Files.walk(path)) {
                for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                    byte[] bytes = Files.readAllBytes(p);
                    files++;
                    raw += bytes.length;
                    if (p.toString().contains("/search/")) gzip += SiteServer.gzip(bytes).length;
                }
            }
            return new Sizes(files, raw, gzip);
        }
    }
}
