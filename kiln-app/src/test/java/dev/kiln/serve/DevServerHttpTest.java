package dev.kiln.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.BuildOptions;
import dev.kiln.build.TestSite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dev server's HTTP behaviour, through a real Jetty on a free port and java.net.http. */
class DevServerHttpTest {
    static final String SITE = """
            -- kiln.yaml --
            title: Served
            base_url: https://served.example/
            -- content/posts/first.md --
            ---
            title: First
            date: 2025-03-01
            ---
            The first post, with enough text to be worth compressing. The first post, with enough text.
            -- content/about.md --
            ---
            title: About
            ---
            About us — naïve café, 日本語 🎉. <!-- </body> in a comment is not the end -->
            -- static/notes.txt --
            plain text
            """;
    static final String SECRET = "top-secret-outside-the-site";

    private static TestSite site;
    private static DevServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.of(SITE);
        Files.writeString(site.root().getParent().resolve("secret-" + site.root().getFileName() + ".txt"), SECRET);
        server = DevServer.start(BuildOptions.of(site.root(), TestSite.NOW), "127.0.0.1", 0,
                Clock.fixed(TestSite.NOW, ZoneOffset.UTC), new PrintWriter(new StringWriter()));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.url().resolve(path));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void servesAPostAtItsPrettyUrlAsUtf8HtmlWithTheReloadScript() throws Exception {
        var r = get("/posts/first/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValue("text/html;charset=utf-8");
        assertThat(text(r)).contains("The first post").contains("<script src=\"/_kiln/live.js\" data-page=\"/posts/first/\">");
    }

    @Test
    void theReloadScriptGoesBeforeTheLastBodyEndAndLeavesEveryOtherByteAsBuilt() throws Exception {
        byte[] built = server.firstBuild().state().orElseThrow().files().get("about/index.html").bytes();
        String builtText = new String(built, StandardCharsets.UTF_8);
        assertThat(builtText).contains("About us — naïve café, 日本語 🎉.", "<!-- </body> in a comment is not the end -->");
        int end = builtText.lastIndexOf("</body>");
        String tag = "<script src=\"/_kiln/live.js\" data-page=\"/about/\"></script>";
        byte[] expected = (builtText.substring(0, end) + tag + builtText.substring(end)).getBytes(StandardCharsets.UTF_8);
        assertThat(get("/about/").body()).isEqualTo(expected);
    }

    @Test
    void linksPointAtTheLocalServerNotTheConfiguredBaseUrl() throws Exception {
        assertThat(text(get("/posts/first/"))).doesNotContain("served.example").contains(server.url().toString());
    }

    @Test
    void aUrlWithoutItsTrailingSlashRedirectsToIt() throws Exception {
        var r = get("/posts/first?x=1");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("location")).hasValue("/posts/first/?x=1");
    }

    @Test
    void staticFilesGetTheirContentType() throws Exception {
        var r = get("/notes.txt");
        assertThat(r.headers().firstValue("content-type")).hasValue("text/plain;charset=utf-8");
        assertThat(text(r)).isEqualTo("plain text\n");
    }

    @Test
    void anUnchangedPageIsA304ForItsEtag() throws Exception {
        String etag = get("/posts/first/").headers().firstValue("etag").orElseThrow();
        var r = get("/posts/first/", "If-None-Match", etag);
        assertThat(r.statusCode()).isEqualTo(304);
        assertThat(r.body()).isEmpty();
        assertThat(get("/posts/first/", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void compressesTextForClientsThatAcceptGzip() throws Exception {
        var r = get("/posts/first/", "Accept-Encoding", "gzip");
        assertThat(r.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(r.headers().allValues("vary")).anyMatch(v -> v.toLowerCase().contains("accept-encoding"));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text(get("/posts/first/")));
        }
        String gzipEtag = r.headers().firstValue("etag").orElseThrow();
        assertThat(get("/posts/first/", "Accept-Encoding", "gzip", "If-None-Match", gzipEtag).statusCode()).isEqualTo(304);
    }

    @Test
    void headSendsTheHeadersOfGetWithoutABody() throws Exception {
        var full = get("/posts/first/");
        var head = http.send(HttpRequest.newBuilder(server.url().resolve("/posts/first/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("content-length")).hasValue(full.body().length);
        assertThat(head.headers().firstValue("etag")).isEqualTo(full.headers().firstValue("etag"));
    }

    @Test
    void servesByteRanges() throws Exception {
        byte[] whole = get("/posts/first/").body();
        var r = get("/posts/first/", "Range", "bytes=0-14");
        assertThat(r.statusCode()).isEqualTo(206);
        assertThat(r.headers().firstValue("content-range")).hasValue("bytes 0-14/" + whole.length);
        assertThat(r.body()).isEqualTo(java.util.Arrays.copyOfRange(whole, 0, 15));
        var tail = get("/posts/first/", "Range", "bytes=-5");
        assertThat(tail.body()).isEqualTo(java.util.Arrays.copyOfRange(whole, whole.length - 5, whole.length));
        assertThat(get("/posts/first/", "Range", "bytes=999999-").statusCode()).isEqualTo(416);
    }

    @Test
    void aMissingPageIsTheSites404PageWithStatus404() throws Exception {
        var r = get("/no/such/page/");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(text(r)).contains("Page not found");
    }

    @Test
    void aFolderWithoutAnIndexIsNotListed() throws Exception {
        var r = get("/posts/");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(text(r)).doesNotContain("first/");
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        var r = http.send(HttpRequest.newBuilder(server.url().resolve("/")).POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/../secret.txt", "/posts/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
            "/posts%2f..%2f..%2fsecret.txt", "/..%5csecret.txt", "/posts/..\\..\\secret.txt", "/.%2e/.%2e/secret.txt",
            "/%252e%252e/secret.txt", "//etc/passwd", "/static/../../../../etc/passwd", "/posts/first/%00"})
    void refusesPathTraversal(String path) throws Exception {
        String raw = rawGet(path.replace("secret.txt", "secret-" + site.root().getFileName() + ".txt"));
        String status = raw.substring(0, raw.indexOf('\r'));
        assertThat(status).matches("HTTP/1.1 (400|404) .*");
        assertThat(raw).doesNotContain(SECRET).doesNotContain("root:");
    }

    /** A request exactly as written: clients (java.net.http included) normalise or refuse such paths. */
    static String rawGet(String path) throws IOException {
        try (Socket s = new Socket(server.url().getHost(), server.url().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSymlinkOutOfTheSiteIsNeverServed() throws Exception {
        Path secret = site.root().getParent().resolve("secret-" + site.root().getFileName() + ".txt");
        TestSite other = TestSite.of(SITE);
        Files.createSymbolicLink(other.root().resolve("static/leak.txt"), secret);
        try (DevServer s = DevServer.start(BuildOptions.of(other.root(), TestSite.NOW), "127.0.0.1", 0,
                Clock.fixed(TestSite.NOW, ZoneOffset.UTC), new PrintWriter(new StringWriter()))) {
            assertThat(s.firstBuild().diagnostics()).anyMatch(d -> d.code().equals("source.link-outside"));
            var r = http.send(HttpRequest.newBuilder(s.url().resolve("/leak.txt")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.body()).doesNotContain(SECRET);
        }
    }

    @Test
    void unusedPortZeroGivesARealUrl() {
        assertThat(server.url()).isNotEqualTo(URI.create("http://127.0.0.1:0/"));
        assertThat(server.url().getPort()).isPositive();
    }
}
