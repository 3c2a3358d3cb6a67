package dev.kiln.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.BuildOptions;
import dev.kiln.build.TestSite;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The live-reload protocol as a browser's EventSource sees it: edit a file, get the event. */
class LiveReloadTest {
    @Test
    @Timeout(60)
    void anEditSendsTheChangedUrlsABreakSendsTheErrorsAndAFixSendsOk() throws Exception {
        TestSite site = TestSite.of(DevServerHttpTest.SITE);
        try (DevServer server = DevServer.start(BuildOptions.of(site.root(), TestSite.NOW), "127.0.0.1", 0,
                Clock.fixed(TestSite.NOW, ZoneOffset.UTC), new PrintWriter(new StringWriter()))) {
            BlockingQueue<String> events = listen(server);
            assertThat(next(events)).startsWith("ok");

            Path post = site.root().resolve("content/posts/first.md");
            Files.writeString(post, Files.readString(post).replace("The first post", "The edited post"));
            String reload = until(events, "reload");
            assertThat(reload).startsWith("reload").contains("\"/posts/first/\"");

            Files.writeString(post, Files.readString(post).replace("date: 2025-03-01", "date: 2025-02-30"));
            // The first errors event may be the truncated file's ("no front matter"): wait for the date's.
            String errors = until(events, "errors", "date: 2025-02-30");
            assertThat(errors).startsWith("errors").contains("content/posts/first.md:3:").contains("date: 2025-02-30");

            Files.writeString(post, Files.readString(post).replace("date: 2025-02-30", "date: 2025-03-01"));
            assertThat(until(events, "ok")).isEqualTo("ok ");
        }
    }

    /** Each event as "name data…", read on a background thread. */
    static BlockingQueue<String> listen(DevServer server) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve(LiveReload.EVENTS)).build();
        Thread reader = new Thread(() -> {
            try {
                var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    StringBuilder event = new StringBuilder();
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.startsWith("event: ")) event.append(line.substring(7));
                        else if (line.startsWith("data: ")) event.append(' ').append(line.substring(6));
                        else if (line.isEmpty() && event.length() > 0) {
                            events.add(event.toString());
                            event.setLength(0);
                        }
                    }
                }
            } catch (Exception e) {
                // the server closed the stream
            }
        }, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    /**
     * The next event named {@code name}. Others may come first: a writer truncates a file before
     * writing it, and a rebuild may catch it empty in between (then the next one fixes it).
     */
    static String until(BlockingQueue<String> events, String name) throws InterruptedException {
        return until(events, name, "");
    }

    /** As {@link #until(BlockingQueue, String)}, for an event that also holds {@code text}. */
    static String until(BlockingQueue<String> events, String name, String text) throws InterruptedException {
        while (true) {
            String e = next(events);
            if (e.startsWith(name) && e.contains(text)) return e;
        }
    }

    static String next(BlockingQueue<String> events) throws InterruptedException {
        String e = events.poll(20, TimeUnit.SECONDS);
        assertThat(e).as("an event within 20 s").isNotNull();
        return e;
    }
}
