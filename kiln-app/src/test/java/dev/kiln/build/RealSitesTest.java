package dev.kiln.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the seed post, the bundled example blog and a generated corpus, and reads the pages back. */
class RealSitesTest {
    @TempDir
    Path tmp;

    @Test
    void theSeedPostRendersWithOneH1ItsDateAuthorCategoryAndReadingTime() throws Exception {
        Path seed = Shared.require("seed/kubecon-na-2024.md");
        Path posts = Files.createDirectories(tmp.resolve("site/content/posts"));
        Files.copy(seed, posts.resolve(seed.getFileName()));

        var site = TestSite.at(tmp.resolve("site")).build();
        Document page = site.html("/posts/kubecon-na-2024/");

        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Cloud Native Rejekts + KubeCon NA 2024");
        assertThat(page.select(".byline time").attr("datetime")).isEqualTo("2024-11-18T00:00:00Z");
        assertThat(page.select(".byline .date time").text()).isEqualTo("18 November 2024");
        assertThat(page.select(".byline .authors a").text()).isEqualTo("Matteo Bianchi");
        assertThat(page.select(".byline .categories a").attr("href")).isEqualTo("/categories/cloud-native/");
        assertThat(page.select(".reading-time").text()).matches("· \\d+ min read");
        assertThat(page.select("meta[name=description]").attr("content")).startsWith("Reflections on");
    }

    @Test
    void theExampleBlogBuildsWithoutErrors() {
        Path example = Shared.repo().resolve("example");
        var site = TestSite.at(example).options(o -> o.withOutput(tmp.resolve("out"))).build();

        assertThat(site.report().diagnostics()).filteredOn(d -> d.isError()).isEmpty();
        assertThat(site.html("/").select(".summary")).isNotEmpty();
        assertThat(site.html("/about/").select("h1")).hasSize(1);
    }

    @Test
    void aThousandPostCorpusBuildsWithConsistentCounts() throws Exception {
        Path corpus = GeneratedCorpus.generate(1000, 1, tmp.resolve("corpus"));

        var site = TestSite.at(corpus).options(o -> o.withOutput(tmp.resolve("out"))).build();

        assertThat(site.report().failed()).as("%s", site.report().diagnostics()).isFalse();
        int published = site.report().posts();
        assertThat(published).isBetween(950, 1000);
        int pages = (published + 9) / 10;
        assertThat(site.html("/").select(".summary")).hasSize(10);
        assertThat(site.exists("page/" + pages + "/index.html")).isTrue();
        assertThat(site.exists("page/" + (pages + 1) + "/index.html")).isFalse();
        assertThat(site.html("/page/" + pages + "/").select(".summary")).hasSize(published - (pages - 1) * 10);

        // Every post appears in exactly one category; the category index counts add up to the posts.
        Document categories = site.html("/categories/");
        int sum = categories.select(".terms .count").eachText().stream().mapToInt(Integer::parseInt).sum();
        assertThat(sum).isEqualTo(published);
        // A tag page lists as many posts as its count says, across its pages.
        var firstTag = site.html("/tags/").select(".terms li").first();
        int count = Integer.parseInt(firstTag.select(".count").text());
        String url = firstTag.select("a").attr("href");
        assertThat(site.html(url).select(".lead").text()).startsWith(count + " post");
        // Links between posts resolve to pages that exist.
        Document post = site.html(site.html("/").select(".summary h2 a").attr("href"));
        List<String> internal = post.select(".content a[href^=/posts/]").eachAttr("href");
        for (String href : internal) {
            String path = href.replaceAll("#.*", "");
            assertThat(site.exists(path.substring(1) + "index.html")).as(href).isTrue();
        }
    }
}
