import dev.kiln.build.BuildOptions;
import dev.kiln.serve.DevServer;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * kiln serve's edit-to-reload latency on a site (see scripts/bench/serve-bench): starts the dev
 * server, listens to its live-reload stream like a browser, then edits posts and measures the
 * time from the file write to the reload event. Not a test: numbers depend on the machine.
 * Usage: java -cp kiln.jar ServeBench.java SITE [EDITS]
 */
public class ServeBench {
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long start = System.nanoTime();
        try (DevServer server = DevServer.start(BuildOptions.of(site, Instant.now()), "127.0.0.1", 0,
                Clock.systemUTC(), new PrintWriter(new StringWriter()))) {
            System.out.printf("first build and start: %.0f ms, %d files%n", (System.nanoTime() - start) / 1e6,
                    server.firstBuild().state().map(s -> s.files().size()).orElse(0));
            BlockingQueue<String> events = listen(server);
            expect(events, "ok");
            List<Path> posts = published(site, edits);
            // Warm-up: the first rebuilds run through cold JIT paths.
            for (int i = 0; i < 5; i++) measure(posts.get(i % posts.size()), events, false, 1000 + i);
            report("body edit", posts, events, false);
            report("title edit", posts, events, true);
        }
    }

    static void report(String what, List<Path> posts, BlockingQueue<String> events, boolean title) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) ms.add(measure(posts.get(i), events, title, i));
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf("%s, write → reload event: median %.1f ms, min %.1f, max %.1f (n=%d)%n", what,
                median(sorted), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    static double measure(Path post, BlockingQueue<String> events, boolean title, int n) throws Exception {
        String text = Files.readString(post);
        String changed = title ? text.replaceFirst("(?m)^title: .*$", "title: \"Edited title " + n + "\"")
                : text + "\nAn added sentence, number " + n + ".\n";
        events.clear();
        long t0 = System.nanoTime();
        Files.writeString(post, changed);
        expect(events, "reload");
        return (System.nanoTime() - t0) / 1e6;
    }

    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Posts that are published (not drafts), spread over the site. */
    static List<Path> published(Path site, int count) throws Exception {
        List<Path> all;
        try (Stream<Path> files = Files.list(site.resolve("content/posts"))) {
            all = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < all.size() && out.size() < count; i += Math.max(1, all.size() / (count * 2))) {
            String head = Files.readString(all.get(i));
            if (!head.contains("\ndraft: true")) out.add(all.get(i));
        }
        return out;
    }

    static void expect(BlockingQueue<String> events, String name) throws InterruptedException {
        while (true) {
            String e = events.poll(120, TimeUnit.SECONDS);
            if (e == null) throw new IllegalStateException("no " + name + " event within 120 s");
            if (e.startsWith(name)) return;
        }
    }

    static BlockingQueue<String> listen(DevServer server) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try {
                var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url().resolve("/_kiln/events")).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.startsWith("event: ")) events.add(line.substring(7));
                    }
                }
            } catch (Exception e) {
                // stream closed
            }
        });
        t.setDaemon(true);
        t.start();
        return events;
    }
}
