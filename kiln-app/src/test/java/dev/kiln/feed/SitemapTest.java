package dev.kiln.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.TestSite;
import dev.kiln.output.OutputFile;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SitemapTest {
    static final String SITE = """
            -- kiln.yaml --
            title: Notes
            base_url: https://blog.example/
            paginate: 1
            -- content/about.md --
            ---
            title: About
            aliases: [/me/]
            ---
            Me.
            -- content/posts/one.md --
            ---
            title: One
            date: 2024-03-01
            tags: [java]
            aliases: [/old-one/]
            ---
            One.
            -- content/posts/two.md --
            ---
            title: Two
            date: 2024-03-02
            updated: 2024-05-01
            tags: [java]
            ---
            Two.
            -- content/posts/draft.md --
            ---
            title: Draft
            date: 2024-03-04
            draft: true
            ---
            Not yet.
            -- content/posts/later.md --
            ---
            title: Later
            date: 2030-01-01
            ---
            Later.
            """;

    @Test
    void listsEveryPublicPageWithItsLastChangeAndNoAliasDraftFutureOr404() {
        var site = TestSite.of(SITE).options(o -> o.withDrafts(true).withFuture(true)).build();
        Document map = Xml.parse(site.file("sitemap.xml"));

        List<String> locs = map.select("url > loc").eachText();
        assertThat(locs).contains("https://blog.example/", "https://blog.example/page/2/",
                "https://blog.example/posts/one/", "https://blog.example/posts/two/", "https://blog.example/about/",
                "https://blog.example/tags/", "https://blog.example/tags/java/", "https://blog.example/archive/")
                .doesNotContain("https://blog.example/me/", "https://blog.example/old-one/",
                        "https://blog.example/posts/draft/", "https://blog.example/posts/later/",
                        "https://blog.example/404.html")
                .doesNotHaveDuplicates();
        assertThat(lastmod(map, "https://blog.example/posts/two/")).isEqualTo("2024-05-01T00:00:00Z");
        assertThat(lastmod(map, "https://blog.example/posts/one/")).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(lastmod(map, "https://blog.example/tags/java/")).isEqualTo("2024-05-01T00:00:00Z");
        assertThat(lastmod(map, "https://blog.example/about/")).isEmpty();
    }

    private static String lastmod(Document map, String loc) {
        return map.select("url").stream().filter(u -> u.select("loc").text().equals(loc)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + loc)).select("lastmod").text();
    }

    @Test
    void robotsTxtAllowsEverythingAndNamesTheSitemap() {
        var site = TestSite.of(SITE).options(o -> o.withBaseUrl("https://x.example/blog/")).build();

        assertThat(site.file("robots.txt"))
                .isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://x.example/blog/sitemap.xml\n");
    }

    @Test
    void robotsLinesFromTheConfigReplaceTheDefaultGroup() {
        var site = TestSite.of(SITE.replace("paginate: 1", """
                paginate: 1
                robots:
                  - "User-agent: *"
                  - "Disallow: /drafts/"
                """)).build();

        assertThat(site.file("robots.txt"))
                .isEqualTo("User-agent: *\nDisallow: /drafts/\n\nSitemap: https://blog.example/sitemap.xml\n");
    }

    @Test
    void robotsThatAreNotLinesAreAnErrorInKilnYaml() {
        var report = TestSite.of(SITE.replace("paginate: 1", "paginate: 1\nrobots: 3")).build().report();

        assertThat(report.failed()).isTrue();
        assertThat(report.diagnostics()).anyMatch(d -> d.code().equals("config.type")
                && d.message().equals("robots must be a list of lines") && d.location().line() == 4 && d.location().column() == 9);
    }

    @Test
    void staysOneFileUpToTheUrlLimitAndBecomesAnIndexBeyond() {
        SiteUrls urls = new SiteUrls("https://x.example/");
        assertThat(new Sitemap(5, Sitemap.MAX_BYTES).files(urls(5), urls)).extracting(OutputFile::path)
                .containsExactly("sitemap.xml");

        List<OutputFile> split = new Sitemap(2, Sitemap.MAX_BYTES).files(urls(5), urls);

        assertThat(split).extracting(OutputFile::path)
                .containsExactly("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml");
        Document index = Xml.parse(text(split.get(0)));
        assertThat(index.select("sitemapindex > sitemap > loc").eachText()).containsExactly(
                "https://x.example/sitemap-1.xml", "https://x.example/sitemap-2.xml", "https://x.example/sitemap-3.xml");
        assertThat(index.select("sitemap > lastmod").eachText())
                .containsExactly("2024-01-02T00:00:00Z", "2024-01-04T00:00:00Z", "2024-01-05T00:00:00Z");
        assertThat(Xml.parse(text(split.get(3))).select("url > loc").eachText()).containsExactly("https://x.example/p4/");
    }

    @Test
    void splitsBeforeAFileWouldPassTheByteLimit() {
        List<OutputFile> split = new Sitemap(50_000, 700).files(urls(5), new SiteUrls("https://x.example/"));

        assertThat(split.size()).isGreaterThan(2);
        for (OutputFile f : split.subList(1, split.size())) assertThat(f.bytes().length).isLessThanOrEqualTo(700);
    }

    @Test
    void urlsArePercentEncoded() {
        var site = TestSite.of(SITE.replace("tags: [java]\naliases", "tags: [日本]\naliases")).build();

        assertThat(site.file("sitemap.xml")).contains("<loc>https://blog.example/tags/%E6%97%A5%E6%9C%AC/</loc>");
        assertThat(site.file("tags/日本/atom.xml")).contains("https://blog.example/tags/%E6%97%A5%E6%9C%AC/atom.xml");
    }

    private static List<Sitemap.Url> urls(int n) {
        List<Sitemap.Url> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Sitemap.Url("https://x.example/p" + i + "/",
                    Optional.of(ZonedDateTime.of(2024, 1, i + 1, 0, 0, 0, 0, ZoneId.of("UTC")))));
        }
        return out;
    }

    private static String text(OutputFile f) {
        return new String(f.bytes(), StandardCharsets.UTF_8);
    }
}
