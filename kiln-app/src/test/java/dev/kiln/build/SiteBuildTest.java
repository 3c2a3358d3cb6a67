package dev.kiln.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.source.Diagnostic;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SiteBuildTest {
    static final String TWO_POSTS = """
            -- kiln.yaml --
            title: Links
            base_url: https://blog.example/
            -- content/posts/first.md --
            ---
            title: First
            date: 2024-03-01
            tags: [java, Build Tools]
            category: Tooling
            ---
            Read [the second one](second.md#part) next.
            -- content/posts/second.md --
            ---
            title: Second
            date: 2024-03-02
            tags: [java]
            author: Ada
            ---
            # Second

            ## Part

            Hello.
            """;

    @Test
    void relativeLinkResolvesToTheTargetsUrl() {
        var site = TestSite.of(TWO_POSTS).build();

        assertThat(site.html("/posts/first/").select("article .content a").attr("href"))
                .isEqualTo("/posts/second/#part");
    }

    @Test
    void aBodyThatOpensWithTheTitleAsH1GivesThePageOneH1() {
        Document page = TestSite.of(TWO_POSTS).build().html("/posts/second/");

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Second");
        assertThat(page.select("h2#part")).hasSize(1);
    }

    @Test
    void postPageShowsDateAuthorsTermsAndNeighbours() {
        Document page = TestSite.of(TWO_POSTS).build().html("/posts/first/");

        assertThat(page.select("time").first().attr("datetime")).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(page.select(".categories a").attr("href")).isEqualTo("/categories/tooling/");
        assertThat(page.select(".tags a").eachAttr("href")).containsExactly("/tags/java/", "/tags/build-tools/");
        assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/posts/second/");
        assertThat(page.select("title").text()).isEqualTo("First · Links");
    }

    @Test
    void taxonomyIndexesCountPostsPerTerm() {
        var site = TestSite.of(TWO_POSTS).build();

        Document tags = site.html("/tags/");
        assertThat(tags.select(".terms li").eachText()).containsExactly("Build Tools 1", "java 2");
        Document java = site.html("/tags/java/");
        assertThat(java.select(".summary h2 a").eachText()).containsExactly("Second", "First");
        assertThat(site.html("/authors/ada/").select(".summary h2").eachText()).containsExactly("Second");
    }

    @Test
    void brokenRelativeLinkIsAnErrorAtItsLineAndNothingIsWritten() {
        var site = TestSite.of(TWO_POSTS.replace("(second.md#part)", "(missing.md)")).build();

        assertThat(site.report().failed()).isTrue();
        Diagnostic d = site.report().diagnostics().get(0);
        assertThat(d.code()).isEqualTo("content.link-target-missing");
        assertThat(d.location().toString()).isEqualTo("content/posts/first.md:7:6");
        assertThat(site.exists("index.html")).isFalse();
    }

    @Test
    void everyErrorOfTheBuildIsReportedTogether() {
        var site = TestSite.of("""
                -- content/posts/a.md --
                ---
                title: A
                date: 2024-13-01
                ---
                A.
                -- content/posts/b.md --
                ---
                date: 2024-01-01
                ---
                B.
                """).build();

        assertThat(site.report().diagnostics()).extracting(d -> d.location().file().value())
                .contains("content/posts/a.md", "content/posts/b.md");
        assertThat(site.report().errors()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void homeIsPaginatedNewestFirst() {
        StringBuilder spec = new StringBuilder("-- kiln.yaml --\npaginate: 2\n");
        for (int i = 1; i <= 5; i++) {
            spec.append("-- content/posts/p").append(i).append(".md --\n---\ntitle: Post ").append(i)
                    .append("\ndate: 2024-01-0").append(i).append("\n---\nBody ").append(i).append(".\n");
        }
        var site = TestSite.of(spec.toString()).build();

        assertThat(site.html("/").select(".summary h2").eachText()).containsExactly("Post 5", "Post 4");
        assertThat(site.html("/page/2/").select(".summary h2").eachText()).containsExactly("Post 3", "Post 2");
        assertThat(site.html("/page/3/").select(".summary h2").eachText()).containsExactly("Post 1");
        assertThat(site.exists("page/4/index.html")).isFalse();
        assertThat(site.html("/page/2/").select(".pagination a[aria-current=page]").text()).isEqualTo("2");
        assertThat(site.html("/").select("link[rel=canonical]").attr("href")).isEqualTo("https://example.com/");
    }

    @Test
    void draftsAndFuturePostsAppearOnlyWhenAskedFor() {
        String spec = """
                -- content/posts/draft.md --
                ---
                title: Draft
                date: 2024-01-01
                draft: true
                ---
                D.
                -- content/posts/later.md --
                ---
                title: Later
                date: 2030-01-01
                ---
                L.
                -- content/posts/now.md --
                ---
                title: Now
                date: 2025-01-01
                ---
                N.
                """;
        var plain = TestSite.of(spec).build();
        assertThat(plain.html("/").select(".summary h2").eachText()).containsExactly("Now");
        assertThat(plain.exists("posts/draft/index.html")).isFalse();
        assertThat(plain.exists("posts/later/index.html")).isFalse();

        var all = TestSite.of(spec).options(o -> o.withDrafts(true).withFuture(true)).build();
        assertThat(all.html("/").select(".summary h2").eachText()).containsExactly("Later", "Now", "Draft");
    }

    @Test
    void twoFilesWithOnePermalinkAreAnErrorNamingBoth() {
        var site = TestSite.of("""
                -- content/posts/a.md --
                ---
                title: A
                date: 2024-01-01
                slug: same
                ---
                A.
                -- content/posts/same.md --
                ---
                title: B
                date: 2024-01-02
                ---
                B.
                """).build();

        assertThat(site.report().diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("site.duplicate-url");
            assertThat(d.message()).contains("content/posts/a.md").contains("content/posts/same.md")
                    .contains("/posts/same/");
        });
    }

    @Test
    void aliasesRedirectToThePost() {
        var site = TestSite.of("""
                -- content/posts/new.md --
                ---
                title: New home
                date: 2024-01-01
                aliases: ["/2019/05/old-name/", "old.html"]
                ---
                Moved here.
                """).build();

        Document alias = site.html("/2019/05/old-name/");
        assertThat(alias.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=/posts/new/");
        assertThat(alias.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.com/posts/new/");
        assertThat(site.exists("old.html")).isTrue();
    }

    @Test
    void pagesArchiveNotFoundAndStaticFilesAreWritten() {
        var site = TestSite.of("""
                -- content/about.md --
                ---
                title: About me
                ---
                Hi.
                -- content/posts/a.md --
                ---
                title: A
                date: 2024-05-03
                ---
                A.
                -- static/robots-extra.txt --
                hello
                """).build();

        assertThat(site.html("/about/").select("h1").text()).isEqualTo("About me");
        assertThat(site.html("/archive/").select(".archive-year h2 a").attr("href")).isEqualTo("/archive/2024/");
        assertThat(site.html("/archive/2024/").select(".archive-month h2").text()).isEqualTo("May 2024");
        assertThat(site.exists("404.html")).isTrue();
        assertThat(site.file("robots-extra.txt")).isEqualTo("hello\n");
    }

    @Test
    void postsWhoseZonesReorderTheirYearsStillMakeOneArchivePagePerYearAndMonth() {
        // In instants: late (2024-12-31T23:00Z) is newer than early (2024-12-31T22:30Z), written as
        // 2025-01-01 in its own zone, so newest first the years run 2024, 2025, 2024.
        var site = TestSite.of("""
                -- content/posts/late.md --
                ---
                title: Late
                date: 2024-12-31T23:00:00Z
                ---
                Late.
                -- content/posts/early.md --
                ---
                title: Early
                date: 2025-01-01T00:30:00+02:00
                ---
                Early.
                -- content/posts/december.md --
                ---
                title: December
                date: 2024-12-01
                ---
                December.
                """).build();

        assertThat(site.report().failed()).isFalse();
        assertThat(site.html("/archive/").select(".archive-year h2 a").eachAttr("href"))
                .containsExactly("/archive/2025/", "/archive/2024/");
        var year2024 = site.html("/archive/2024/");
        assertThat(year2024.select(".archive-month h2").eachText()).containsExactly("December 2024");
        assertThat(year2024.select(".archive-month a").eachText()).containsExactly("Late", "December");
    }

    @Test
    void permalinkPatternTokensShapePostUrls() {
        var site = TestSite.of("""
                -- kiln.yaml --
                permalinks:
                  posts: /:year/:month/:day/:category/:slug/
                -- content/posts/Hello World.md --
                ---
                title: Hi
                date: 2024-02-09T23:30:00+01:00
                category: Cloud Native
                ---
                Hi.
                """).build();

        assertThat(site.exists("2024/02/09/cloud-native/hello-world/index.html")).isTrue();
    }

    @Test
    void unknownConfigKeyWarnsWithTheNearestKnownKey() {
        var site = TestSite.of("""
                -- kiln.yaml --
                titel: Oops
                -- content/posts/a.md --
                ---
                title: A
                date: 2024-01-01
                ---
                A.
                """).build();

        assertThat(site.report().failed()).isFalse();
        assertThat(site.report().diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("config.unknown-key");
            assertThat(d.location().toString()).isEqualTo("kiln.yaml:1:1");
            assertThat(d.hint()).contains("\"title\"");
        });
    }

    @Test
    void aSiteWithoutConfigBuildsWithDefaults() {
        var site = TestSite.of("""
                -- content/posts/a.md --
                ---
                title: A
                date: 2024-01-01
                ---
                A.
                """).build();

        assertThat(site.output()).isEqualTo(site.site().root().resolve("public"));
        assertThat(site.html("/").select("title").text()).isEqualTo("My Blog");
    }

    @Test
    void theSameInputGivesByteIdenticalOutput() throws Exception {
        var a = TestSite.of(TWO_POSTS).build();
        var b = TestSite.of(TWO_POSTS).build();

        // .kiln-build records input file times for the next build: bookkeeping, not the published site.
        var published = published(a.output());
        assertThat(published).isNotEmpty().isEqualTo(published(b.output()));
        for (var rel : published) {
            assertThat(b.output().resolve(rel)).as(rel).hasSameBinaryContentAs(a.output().resolve(rel));
        }
    }

    private static java.util.List<String> published(java.nio.file.Path output) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(output)) {
            return files.filter(java.nio.file.Files::isRegularFile)
                    .map(f -> output.relativize(f).toString())
                    .filter(rel -> !rel.equals(".kiln-build"))
                    .sorted()
                    .toList();
        }
    }
}
