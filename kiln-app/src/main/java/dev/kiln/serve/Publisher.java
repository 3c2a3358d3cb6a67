package dev.kiln.serve;

import dev.kiln.build.RebuildResult;
import dev.kiln.source.Diagnostic;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Takes each build's result to the world: swaps the served site (only the changed files are
 * prepared again), tells open pages which URLs changed or that the build failed, and logs one
 * line. Called from the rebuild thread only.
 */
final class Publisher {
    private final AtomicReference<ServedSite> site;
    private final LiveReload live;
    private final PrintWriter log;

    Publisher(AtomicReference<ServedSite> site, LiveReload live, PrintWriter log) {
        this.site = site;
        this.live = live;
        this.log = log;
    }

    void publish(RebuildResult result, long firstEventNanos) {
        ServedSite before = site.get();
        boolean wasFailing = before.failed();
        if (result.failed()) {
            site.set(before.withProblems(result.diagnostics()));
            live.broadcast(SiteHandler.state(site.get()));
            List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
            log.println("Build failed: " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + "; still serving the last good site.");
            for (Diagnostic d : errors) log.println("  " + d.location() + ": " + d.message() + " [" + d.code() + "]");
        } else {
            var state = result.state().orElseThrow();
            ServedSite next = result.full() || before.files().isEmpty()
                    ? ServedSite.of(state, result.diagnostics())
                    : before.next(state, result.changedFiles(), result.removedFiles(), result.diagnostics());
            site.set(next);
            List<String> urls = changedUrls(result);
            if (wasFailing) live.broadcast(LiveReload.event("ok", ""));
            if (!urls.isEmpty()) live.broadcast(LiveReload.reloadEvent(urls));
            double ms = result.full() ? result.time().toNanos() / 1e6 : (System.nanoTime() - firstEventNanos) / 1e6;
            if (!result.full() && result.renderedUrls().isEmpty() && !result.changedFiles().isEmpty()) {
                log.printf("Feeds, sitemap and search index updated (%d files)%n", result.changedFiles().size());
            } else {
                log.printf("%s in %.0f ms: %d pages rendered, %d files changed, %d removed%n",
                        result.full() ? "Built" : "Rebuilt", ms, result.renderedUrls().size(),
                        result.changedFiles().size(), result.removedFiles().size());
            }
        }
        log.flush();
    }

    /** A bug in a rebuild must not stop the server: say so, keep serving the last good site. */
    void internalError(Exception e) {
        log.println("kiln: internal error during a rebuild (a bug in Kiln; please report it):");
        e.printStackTrace(log);
        log.flush();
    }

    /**
     * The pages to reload: every page ("*") after a full build or when a file pages load changed
     * (a stylesheet, a script, an image). Feeds, the sitemap and search data are read by other
     * clients, not by the open pages, so they reload nothing.
     */
    static List<String> changedUrls(RebuildResult result) {
        List<String> urls = new ArrayList<>();
        for (String path : concat(result.changedFiles(), result.removedFiles())) {
            if (path.endsWith(".xml") || path.endsWith(".json") || path.endsWith(".txt")) continue;
            if (!path.endsWith(".html")) return List.of("*");
            urls.add(ServedSite.pageUrl(path));
        }
        return result.full() && !urls.isEmpty() ? List.of("*") : urls;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
