package dev.kiln.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.TestSite;
import dev.kiln.conformance.Json;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What the built-in theme puts on a post page, a list page and in every head. */
class DefaultThemeTest {
    static final String BLOG = """
            -- kiln.yaml --
            title: Build Notes
            description: Builds and the machines that run them.
            base_url: https://blog.example/notes/
            language: en-GB
            paginate: 2
            -- static/images/long.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630"/></svg>
            -- content/posts/long.md --
            ---
            title: A <long> post
            date: 2024-03-01T09:30:00+01:00
            updated: 2024-04-02
            authors: [Ada, Grace]
            category: Tooling
            tags: [java, gradle]
            excerpt: Three sections and a footnote.
            canonical_url: https://elsewhere.example/long/
            image: /images/long.svg
            ---
            Intro[^1].

            ## One

            ## Two

            ### Two and a half

            ## Three

            [^1]: The note.
            -- content/posts/short.md --
            ---
            title: Short
            date: 2024-03-02
            tags: [java]
            category: Tooling
            ---
            ## Only one section
            -- content/posts/third.md --
            ---
            title: Third
            date: 2024-03-03
            tags: [gradle]
            ---
            Text.
            """;

    @Test
    void aPostPageHasItsHeadingDatesBylineTocFootnotesAndNeighbours() {
        Document page = TestSite.of(BLOG).build().html("/posts/long/");

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("A <long> post");
        assertThat(page.select(".byline time").eachAttr("datetime"))
                .containsExactly("2024-03-01T09:30:00+01:00", "2024-04-02T00:00:00Z");
        assertThat(page.select(".byline .authors a").eachAttr("href"))
                .containsExactly("/notes/authors/ada/", "/notes/authors/grace/");
        assertThat(page.select(".byline .categories a").attr("href")).isEqualTo("/notes/categories/tooling/");
        assertThat(page.select(".byline").text()).matches(".* · by Ada, Grace · in Tooling · \\d+ min read");
        assertThat(page.select("nav.toc li a").eachAttr("href")).containsExactly("#one", "#two", "#two-and-a-half", "#three");
        assertThat(page.select(".content h2 a.anchor")).hasSize(3);
        assertThat(page.select(".footnotes li")).hasSize(1);
        assertThat(page.select(".post-footer .tags a[rel=tag]").eachAttr("href"))
                .containsExactly("/notes/tags/java/", "/notes/tags/gradle/");
        assertThat(page.select(".crosspost a").attr("href")).isEqualTo("https://elsewhere.example/long/");
        assertThat(page.select(".neighbours a[rel=next]").text()).isEqualTo("Short");
        assertThat(page.select(".related li a").eachText()).contains("Short", "Third");
    }

    @Test
    void aPostWithFewerThanThreeSectionsHasNoTableOfContents() {
        Document page = TestSite.of(BLOG).build().html("/posts/short/");

        assertThat(page.select("nav.toc")).isEmpty();
        assertThat(page.select(".crosspost")).isEmpty();
        assertThat(page.select(".byline .updated")).isEmpty();
    }

    @Test
    void thePostHeadHasCanonicalSocialCardsAndBlogPostingJsonLd() {
        Document page = TestSite.of(BLOG).build().html("/posts/long/");

        assertThat(page.select("html").attr("lang")).isEqualTo("en-GB");
        assertThat(page.select("title").text()).isEqualTo("A <long> post · Build Notes");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Three sections and a footnote.");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://elsewhere.example/long/");
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("https://blog.example/notes/posts/long/");
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:image]").attr("content")).isEqualTo("https://blog.example/notes/images/long.svg");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");

        Map<?, ?> ld = (Map<?, ?>) Json.parse(page.select("script[type=application/ld+json]").html());
        assertThat(ld.get("@type")).isEqualTo("BlogPosting");
        assertThat(ld.get("headline")).isEqualTo("A <long> post");
        assertThat(ld.get("datePublished")).isEqualTo("2024-03-01T09:30:00+01:00");
        assertThat(ld.get("dateModified")).isEqualTo("2024-04-02T00:00:00Z");
        assertThat(ld.get("mainEntityOfPage")).isEqualTo("https://elsewhere.example/long/");
        assertThat(((List<?>) ld.get("author")).stream().map(a -> String.valueOf(((Map<?, ?>) a).get("url"))))
                .containsExactly("https://blog.example/notes/authors/ada/", "https://blog.example/notes/authors/grace/");
    }

    @Test
    void theHomePageListsPostsWithNumberedPaginationAndBlogJsonLd() {
        var site = TestSite.of(BLOG).build();
        Document home = site.html("/");

        assertThat(home.select("h1").text()).isEqualTo("Build Notes");
        assertThat(home.select(".summary h2 a").eachText()).containsExactly("Third", "Short");
        assertThat(home.select(".summary time").first().attr("datetime")).startsWith("2024-03-03");
        assertThat(home.select(".summary .tags a").first().attr("href")).isEqualTo("/notes/tags/gradle/");
        assertThat(home.select(".pagination a").eachText()).containsExactly("1", "2", "Older →");
        assertThat(home.select(".pagination a[aria-current=page]").text()).isEqualTo("1");
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo("https://blog.example/notes/");
        Map<?, ?> ld = (Map<?, ?>) Json.parse(home.select("script[type=application/ld+json]").html());
        assertThat(ld.get("@type")).isEqualTo("Blog");
        assertThat(ld.get("name")).isEqualTo("Build Notes");

        Document second = site.html("/page/2/");
        assertThat(second.select(".summary h2 a").eachText()).containsExactly("A <long> post");
        assertThat(second.select("script[type=application/ld+json]")).isEmpty();
    }

    @Test
    void everyPageHasASkipLinkToItsMainLandmark() {
        var site = TestSite.of(BLOG).build();
        for (String url : List.of("/", "/posts/long/", "/tags/", "/tags/java/", "/archive/", "/archive/2024/")) {
            Document page = site.html(url);
            assertThat(page.select("body > a.skip-link").attr("href")).as(url).isEqualTo("#main");
            assertThat(page.select("main#main")).as(url).hasSize(1);
            assertThat(page.select("header.site-header nav[aria-label]")).as(url).hasSize(1);
            assertThat(page.select("footer.site-footer")).as(url).hasSize(1);
            assertThat(page.select("h1")).as(url).hasSize(1);
        }
    }
}
