package dev.kiln.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Feed autodiscovery in page heads, and which formats are written. */
class FeedLinksTest {
    @Test
    void everyPageAdvertisesTheSiteFeeds() {
        var site = TestSite.of(FeedEntriesTest.SITE).build();

        for (String url : new String[] {"/", "/posts/one/", "/tags/", "/archive/", "/404.html"}) {
            Document page = site.html(url);
            assertThat(page.select("head link[rel=alternate]").eachAttr("href")).as(url)
                    .contains("https://blog.example/rss.xml", "https://blog.example/atom.xml",
                            "https://blog.example/feed.json");
        }
        Document home = site.html("/");
        assertThat(home.select("link[rel=alternate][type=application/atom+xml]").attr("title")).isEqualTo("Notes (Atom)");
        assertThat(home.select("link[rel=alternate][type=application/rss+xml]")).hasSize(1);
        assertThat(home.select("link[rel=alternate][type=application/feed+json]")).hasSize(1);
    }

    @Test
    void termPagesAlsoAdvertiseTheTermsOwnFeeds() {
        Document java = TestSite.of(FeedEntriesTest.SITE).build().html("/tags/java/");

        assertThat(java.select("head link[rel=alternate]").eachAttr("href")).containsExactly(
                "https://blog.example/rss.xml", "https://blog.example/atom.xml", "https://blog.example/feed.json",
                "https://blog.example/tags/java/rss.xml", "https://blog.example/tags/java/atom.xml",
                "https://blog.example/tags/java/feed.json");
        assertThat(java.select("link[href$=tags/java/atom.xml]").attr("title")).isEqualTo("Notes — Tag: java (Atom)");
    }

    @Test
    void formatsTurnedOffAreNeitherWrittenNorAdvertised() {
        var site = TestSite.of(FeedEntriesTest.SITE.replace("  limit: 2", "  limit: 2\n  rss: false\n  json: false"))
                .build();

        assertThat(site.exists("rss.xml")).isFalse();
        assertThat(site.exists("feed.json")).isFalse();
        assertThat(site.exists("tags/java/rss.xml")).isFalse();
        assertThat(site.exists("atom.xml")).isTrue();
        assertThat(site.html("/tags/java/").select("head link[rel=alternate]").eachAttr("href"))
                .containsExactly("https://blog.example/atom.xml", "https://blog.example/tags/java/atom.xml");
    }

    @Test
    void withEveryFormatOffOnlyTheSitemapAndRobotsAreWritten() {
        var site = TestSite.of(FeedEntriesTest.SITE.replace("  limit: 2", "  rss: false\n  atom: false\n  json: false"))
                .build();

        assertThat(site.exists("atom.xml")).isFalse();
        assertThat(site.html("/").select("link[rel=alternate]")).isEmpty();
        assertThat(site.exists("sitemap.xml")).isTrue();
        assertThat(site.exists("robots.txt")).isTrue();
    }
}
