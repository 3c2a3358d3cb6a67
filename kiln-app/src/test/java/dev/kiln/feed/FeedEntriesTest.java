package dev.kiln.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.TestSite;
import dev.kiln.conformance.Json;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What the feeds hold: which posts, in which order, with which ids, links and content. */
class FeedEntriesTest {
    static final String SITE = """
            -- kiln.yaml --
            title: Notes
            base_url: https://blog.example/
            author: Ada
            feeds:
              limit: 2
            -- static/images/chart.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"></svg>
            -- content/posts/one.md --
            ---
            title: One
            date: 2024-03-01
            tags: [java]
            ---
            See [two](two.md) and ![a chart](/images/chart.svg) and [the top](#top).
            -- content/posts/two.md --
            ---
            title: Two
            date: 2024-03-02T10:00:00+01:00
            updated: 2024-04-01T08:00:00+02:00
            tags: [java, build]
            category: Tooling
            canonical_url: https://original.example/two
            ---
            Two's body.
            -- content/posts/three.md --
            ---
            title: Three & <more>
            date: 2024-03-03
            tags: [java]
            ---
            Three's body.
            -- content/posts/draft.md --
            ---
            title: Draft
            date: 2024-03-04
            draft: true
            tags: [java]
            ---
            Not yet.
            -- content/posts/future.md --
            ---
            title: Future
            date: 2030-01-01
            tags: [java]
            ---
            Later.
            """;

    @Test
    void siteFeedsHoldTheNewestPublicPostsUpToTheLimitNewestFirst() {
        var site = TestSite.of(SITE).options(o -> o.withDrafts(true).withFuture(true)).build();

        Document atom = Xml.parse(site.file("atom.xml"));
        assertThat(atom.select("entry > title").eachText()).containsExactly("Three & <more>", "Two");
        assertThat(Xml.parse(site.file("rss.xml")).select("item > title").eachText())
                .containsExactly("Three & <more>", "Two");
        assertThat(jsonItems(site.file("feed.json"))).extracting(i -> i.get("title"))
                .containsExactly("Three & <more>", "Two");
        assertThat(atom.select("feed > updated").text()).isEqualTo("2024-04-01T08:00:00+02:00");
    }

    @Test
    void termFeedsHoldTheTermsPostsAndNoDraftOrFuturePost() {
        var site = TestSite.of(SITE).options(o -> o.withDrafts(true).withFuture(true)).build();

        assertThat(Xml.parse(site.file("tags/java/atom.xml")).select("entry > title").eachText())
                .containsExactly("Three & <more>", "Two");
        assertThat(Xml.parse(site.file("tags/build/rss.xml")).select("item > title").eachText()).containsExactly("Two");
        assertThat(jsonItems(site.file("categories/tooling/feed.json"))).hasSize(1);
        assertThat(Xml.parse(site.file("authors/ada/atom.xml")).select("entry")).hasSize(2);
        assertThat(site.file("atom.xml")).doesNotContain("Draft", "Future");
    }

    @Test
    void entriesCarryTagIdsDatesAuthorsAndTerms() {
        Document atom = Xml.parse(TestSite.of(SITE).build().file("atom.xml"));
        var two = atom.select("entry").get(1);

        assertThat(two.select("id").text()).isEqualTo("tag:blog.example,2024-03-02:posts/two");
        assertThat(two.select("published").text()).isEqualTo("2024-03-02T10:00:00+01:00");
        assertThat(two.select("updated").text()).isEqualTo("2024-04-01T08:00:00+02:00");
        assertThat(two.select("author > name").text()).isEqualTo("Ada");
        assertThat(two.select("author > uri").text()).isEqualTo("https://blog.example/authors/ada/");
        assertThat(two.select("category").eachAttr("term")).containsExactly("Tooling", "java", "build");
        assertThat(two.select("link[rel=alternate]").attr("href")).isEqualTo("https://blog.example/posts/two/");
    }

    @Test
    void relativeUrlsInContentBecomeAbsolute() {
        var site = TestSite.of(SITE.replace("limit: 2", "limit: 5")).build();
        String html = Xml.parse(site.file("atom.xml")).select("entry").last().select("content").text();

        assertThat(html).contains("href=\"https://blog.example/posts/two/\"",
                "src=\"https://blog.example/images/chart.svg\"", "href=\"https://blog.example/posts/one/#top\"");
    }

    @Test
    void aBaseUrlWithAPathIsKeptInEveryLinkOnce() {
        var site = TestSite.of(SITE.replace("limit: 2", "limit: 5"))
                .options(o -> o.withBaseUrl("https://x.example/blog/")).build();
        Document atom = Xml.parse(site.file("atom.xml"));

        assertThat(atom.select("feed > link[rel=self]").attr("href")).isEqualTo("https://x.example/blog/atom.xml");
        Document content = org.jsoup.Jsoup.parse(atom.select("entry").last().select("content").text());
        Document page = org.jsoup.Jsoup.parse(site.file("posts/one/index.html"), "https://x.example/blog/posts/one/");
        assertThat(content.select("a").first().attr("href")).isEqualTo("https://x.example/blog/posts/two/");
        // Exactly where the page's own image points, however the Markdown wrote it.
        assertThat(content.select("img").attr("src")).isEqualTo(page.select(".content img").attr("abs:src"));
        assertThat(Xml.parse(site.file("sitemap.xml")).select("loc").eachText())
                .allMatch(u -> u.startsWith("https://x.example/blog/") && !u.contains("/blog/blog/"));
    }

    @Test
    void aPostWithACanonicalUrlLinksToTheOriginalInEveryFormat() {
        var site = TestSite.of(SITE).build();

        var atomTwo = Xml.parse(site.file("atom.xml")).select("entry").get(1);
        assertThat(atomTwo.select("link[rel=via]").attr("href")).isEqualTo("https://original.example/two");
        assertThat(atomTwo.select("link[rel=alternate]").attr("href")).isEqualTo("https://blog.example/posts/two/");
        assertThat(Xml.parse(site.file("rss.xml")).select("item").get(1).select("atom|link[rel=via]").attr("href"))
                .isEqualTo("https://original.example/two");
        assertThat(jsonItems(site.file("feed.json")).get(1)).containsEntry("external_url", "https://original.example/two");
        assertThat(jsonItems(site.file("feed.json")).get(0)).doesNotContainKey("external_url");
    }

    @Test
    void excerptOnlyFeedsCarryTheSummaryAndNoContent() {
        var site = TestSite.of(SITE.replace("  limit: 2", "  limit: 2\n  full_content: false")).build();

        Document atom = Xml.parse(site.file("atom.xml"));
        assertThat(atom.select("entry content")).isEmpty();
        assertThat(atom.select("entry summary").first().text()).isEqualTo("Three's body.");
        assertThat(Xml.parse(site.file("rss.xml")).select("item content|encoded")).isEmpty();
        assertThat(jsonItems(site.file("feed.json")).get(0)).containsEntry("content_text", "Three's body.")
                .doesNotContainKey("content_html");
    }

    @Test
    void termFeedsCarrySummariesByDefaultAndWholePostsWithTermFeedsFull() {
        var summaries = TestSite.of(SITE).build();
        Document java = Xml.parse(summaries.file("tags/java/atom.xml"));
        assertThat(java.select("entry summary").eachText()).containsExactly("Three's body.", "Two's body.");
        assertThat(java.select("entry content")).isEmpty();
        assertThat(Xml.parse(summaries.file("tags/java/rss.xml")).select("item content|encoded")).isEmpty();
        assertThat(jsonItems(summaries.file("tags/java/feed.json")).get(0)).doesNotContainKey("content_html");
        // The site's own feed keeps the whole post.
        assertThat(Xml.parse(summaries.file("atom.xml")).select("entry content")).hasSize(2);

        var full = TestSite.of(SITE.replace("  limit: 2", "  limit: 2\n  term_feeds: full")).build();
        assertThat(Xml.parse(full.file("tags/java/atom.xml")).select("entry content").first().text())
                .contains("Three's body.");
        assertThat(jsonItems(full.file("tags/java/feed.json")).get(0)).containsKey("content_html");
    }

    @Test
    void termFeedsOffAreNeitherWrittenNorAdvertised() {
        var site = TestSite.of(SITE.replace("  limit: 2", "  limit: 2\n  term_feeds: off")).build();

        assertThat(site.exists("tags/java/atom.xml")).isFalse();
        assertThat(site.exists("authors/ada/rss.xml")).isFalse();
        assertThat(site.exists("atom.xml")).isTrue();
        assertThat(site.html("/tags/java/").select("head link[rel=alternate]").eachAttr("href")).containsExactly(
                "https://blog.example/rss.xml", "https://blog.example/atom.xml", "https://blog.example/feed.json");
    }

    @Test
    void anUnknownTermFeedsValueIsAnErrorAtItsPosition() {
        var report = TestSite.of(SITE.replace("  limit: 2", "  limit: 2\n  term_feeds: sometimes")).build().report();

        assertThat(report.failed()).isTrue();
        assertThat(report.diagnostics()).anyMatch(d -> d.code().equals("config.value")
                && d.message().equals("term_feeds must be full, summary or off, not \"sometimes\"")
                && d.location().line() == 6 && d.location().column() == 15);
    }

    @Test
    void idsDoNotChangeWhenAnUnrelatedPostIsAddedOrTheBaseUrlChangesScheme() {
        var site = TestSite.of(SITE.replace("limit: 2", "limit: 10"));
        List<String> before = Xml.parse(site.build().file("atom.xml")).select("entry > id").eachText();
        site.edit("content/posts/one.md", "See", "See also");
        writeFile(site, "content/posts/zero.md", "---\ntitle: Zero\ndate: 2024-02-01\n---\nOld.\n");
        List<String> after = Xml.parse(site.build().file("atom.xml")).select("entry > id").eachText();
        List<String> moved = Xml.parse(site.options(o -> o.withBaseUrl("http://blog.example/sub/")).build()
                .file("atom.xml")).select("entry > id").eachText();

        assertThat(after).hasSize(before.size() + 1).containsSubsequence(before);
        assertThat(moved).isEqualTo(after);
    }

    static void writeFile(TestSite site, String path, String text) {
        try {
            java.nio.file.Files.writeString(site.root().resolve(path), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> jsonItems(String json) {
        Map<String, Object> feed = (Map<String, Object>) Json.parse(json);
        assertThat(feed).containsEntry("version", "https://jsonfeed.org/version/1.1");
        return (List<Map<String, Object>>) feed.get("items");
    }
}
