package dev.kiln.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.kiln.build.TestSite;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** External links against a local server on a free port: never the internet. */
@Timeout(60)
class ExternalLinksTest {
    private HttpServer server;
    private final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private final AtomicInteger flaky = new AtomicInteger();

    @TempDir
    Path cacheDir;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            try {
                int status;
                if (path.startsWith("/ok")) {
                    sleep(100);
                    status = 200;
                } else if (path.equals("/no-head")) {
                    status = exchange.getRequestMethod().equals("HEAD") ? 405 : 200;
                } else if (path.equals("/flaky")) {
                    status = flaky.incrementAndGet() < 2 ? 503 : 200;
                } else if (path.equals("/down")) {
                    status = 503;
                } else if (path.equals("/slow")) {
                    sleep(3000);
                    status = 200;
                } else {
                    status = 404;
                }
                // Counted out before answering: the client may send its next request as soon as it has the answer.
                concurrent.decrementAndGet();
                exchange.sendResponseHeaders(status, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private Checked check(String body, Duration timeout) {
        TestSite site = TestSite.of(Checked.CONFIG + """
                -- content/posts/a.md --
                ---
                title: "A"
                date: 2025-01-01
                ---
                %s
                """.formatted(body));
        var settings = new CheckOptions.ExternalSettings(2, timeout, 1, cacheDir.resolve("links.tsv"), Duration.ofHours(1));
        return Checked.run(site, false, Optional.of(settings));
    }

    @Test
    void aDeadLinkIsAnErrorAtTheLinkAndALiveOneIsFine() {
        Checked c = check("[ok](" + base() + "/ok) and\n[dead](" + base() + "/gone)", Duration.ofSeconds(5));
        assertThat(c.all()).containsExactly("check.external-broken content/posts/a.md:6:1");
        assertThat(c.only("check.external-broken").message()).isEqualTo(base() + "/gone answered 404 (not found)");
        assertThat(c.report().externalLinks()).isEqualTo(2);
    }

    @Test
    void fallsBackToGetWhenHeadIsNotAllowed() {
        assertThat(check("[x](" + base() + "/no-head)", Duration.ofSeconds(5)).all()).isEmpty();
    }

    @Test
    void retriesAServerError() {
        assertThat(check("[x](" + base() + "/flaky)", Duration.ofSeconds(5)).all()).isEmpty();
        assertThat(hits.get("/flaky").get()).isEqualTo(2);
    }

    @Test
    void aHostThatDoesNotAnswerInTimeIsAWarningNotAnError() {
        Checked c = check("[x](" + base() + "/slow)", Duration.ofMillis(300));
        assertThat(c.all()).containsExactly("check.external-unreachable content/posts/a.md:5:1");
        assertThat(c.only("check.external-unreachable").message()).contains("did not answer within 300 ms (2 attempts)");
    }

    @Test
    void asksAtMostTwoAtATimeOfOneHost() {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 10; i++) links.append("[l").append(i).append("](").append(base()).append("/ok").append(i).append(")\n");
        assertThat(check(links.toString(), Duration.ofSeconds(5)).all()).isEmpty();
        assertThat(maxConcurrent.get()).isEqualTo(2);
    }

    @Test
    void aSecondCheckWithinTheExpiryUsesTheCache() throws IOException {
        String body = "[ok](" + base() + "/ok) [dead](" + base() + "/gone)";
        check(body, Duration.ofSeconds(5));
        Checked again = check(body, Duration.ofSeconds(5));
        assertThat(hits.get("/ok").get()).isEqualTo(1);
        assertThat(hits.get("/gone").get()).isEqualTo(1);
        assertThat(again.all()).containsExactly("check.external-broken content/posts/a.md:5:33");
        List<String> lines = Files.readAllLines(cacheDir.resolve("links.tsv"));
        assertThat(lines).hasSize(2).allMatch(l -> l.matches("\\d+\t(200|404)\thttp://127\\.0\\.0\\.1:\\d+/(ok|gone)"));
    }

    @Test
    void anExpiredCacheEntryIsAskedAgain() throws IOException {
        Files.writeString(cacheDir.resolve("links.tsv"), "1000\t200\t" + base() + "/gone\n");
        assertThat(check("[dead](" + base() + "/gone)", Duration.ofSeconds(5)).all())
                .containsExactly("check.external-broken content/posts/a.md:5:1");
    }

    @Test
    void aServerThatKeepsFailingIsAWarningAndIsNotCached() throws IOException {
        Checked c = check("[x](" + base() + "/down)", Duration.ofSeconds(5));
        assertThat(c.all()).containsExactly("check.external-unreachable content/posts/a.md:5:1");
        assertThat(c.only("check.external-unreachable").message()).isEqualTo(base() + "/down answered 503 (2 attempts)");
        assertThat(Files.readAllLines(cacheDir.resolve("links.tsv"))).isEmpty();
    }
}
