package dev.kiln.check;

import dev.kiln.source.Diagnostic;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Asks every external URL whether it is still there: many at once, at most
 * {@code perHost} at a time per host (sites throttle crawlers), each with a timeout and retries
 * for answers that may pass (timeouts, 429 and 5xx). HEAD first; GET where HEAD is not allowed.
 */
final class ExternalChecker {
    private static final int THREADS = 8;

    private final CheckOptions.ExternalSettings settings;
    private final Instant now;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    ExternalChecker(CheckOptions.ExternalSettings settings, Instant now) {
        this.settings = settings;
        this.now = now;
    }

    /** The outcome for one URL: an HTTP status, or why there was none. */
    record Outcome(Optional<Integer> status, String failure, int attempts) {}

    List<Diagnostic> check(List<ExternalLink> links) throws IOException {
        LinkCache cache = LinkCache.load(settings.cacheFile(), settings.cacheExpiry());
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "kiln-check-external");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (ExternalLink link : links) {
                Optional<Integer> cached = cache.fresh(link.uri().toString(), now);
                futures.add(cached.isPresent()
                        ? java.util.concurrent.CompletableFuture.completedFuture(new Outcome(cached, "", 0))
                        : pool.submit(() -> ask(client, link.uri())));
            }
            List<Diagnostic> out = new ArrayList<>();
            for (int i = 0; i < links.size(); i++) {
                Outcome o = join(futures.get(i));
                ExternalLink link = links.get(i);
                // Only lasting answers are kept: a busy or failing server is asked again next time.
                o.status().filter(s -> s < 500 && s != 429).ifPresent(s -> cache.put(link.uri().toString(), s, now));
                ExternalReport.of(link, o).ifPresent(out::add);
            }
            cache.save();
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome ask(HttpClient client, URI uri) {
        Semaphore slot = hosts.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT), h -> new Semaphore(settings.perHost()));
        String failure = "";
        int attempt = 0;
        while (attempt <= settings.retries()) {
            attempt++;
            try {
                slot.acquire();
                int status;
                try {
                    status = request(client, uri, "HEAD");
                    if (status == 405 || status == 501) status = request(client, uri, "GET");
                } finally {
                    slot.release();
                }
                if (status != 429 && status < 500) return new Outcome(Optional.of(status), "", attempt);
                failure = "answered " + status;
                if (attempt > settings.retries()) return new Outcome(Optional.of(status), failure, attempt);
            } catch (HttpTimeoutException e) {
                failure = "did not answer within " + settings.timeout().toMillis() + " ms";
            } catch (IOException e) {
                failure = "could not be reached (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(Optional.empty(), "the check was interrupted", attempt);
            }
            pause(attempt);
        }
        return new Outcome(Optional.empty(), failure, attempt);
    }

    private int request(HttpClient client, URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "kiln-check (link checker)").build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A short, growing pause before a retry, so that a busy host gets a moment. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(100L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Outcome join(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Optional.empty(), "the check was interrupted", 0);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("external link check failed", e.getCause());
        }
    }
}
