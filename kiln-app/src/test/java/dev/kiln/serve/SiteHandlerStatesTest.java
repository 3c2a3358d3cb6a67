package dev.kiln.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Location;
import dev.kiln.source.SourcePath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the dev server answers before it has a good build: while the first build runs, and after it failed. */
class SiteHandlerStatesTest {
    private static final AtomicReference<ServedSite> site = new AtomicReference<>(ServedSite.EMPTY);
    private static final HttpClient http = HttpClient.newHttpClient();
    private static Server server;
    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new SiteHandler(site::get, new LiveReload()));
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whileTheFirstBuildRunsEveryUrlIsAPageThatReloadsWhenTheSiteIsThere() throws Exception {
        site.set(ServedSite.EMPTY);
        for (String path : List.of("/", "/posts/a/", "/css/site.css")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).as(path).contains("1");
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(r.body()).as(path).contains("<title>Building…</title>", "http-equiv=\"refresh\"",
                    "src=\"" + LiveReload.SCRIPT + "\"", "data-page=\"*\"");
        }
    }

    @Test
    void afterAFailedFirstBuildThePageShowsTheErrors() throws Exception {
        Diagnostic error = Diagnostic.error("front-matter.yaml", Location.startOf(SourcePath.of("content/posts/a.md")),
                "the front matter is not valid YAML", "check the colons", "");
        site.set(ServedSite.EMPTY.withProblems(List.of(error)));
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("<title>Build failed</title>", "content/posts/a.md",
                "the front matter is not valid YAML").doesNotContain("Building");
    }

    @Test
    void onceThereIsAGoodBuildItsFilesAreServed() throws Exception {
        byte[] page = "<!doctype html><title>Home</title><body>home</body>".getBytes(StandardCharsets.UTF_8);
        site.set(new ServedSite(Map.of("index.html", ServedFile.of("index.html", page)), List.of()));
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("home").doesNotContain("Building");
        assertThat(get("/missing").statusCode()).isEqualTo(404);
    }
}
