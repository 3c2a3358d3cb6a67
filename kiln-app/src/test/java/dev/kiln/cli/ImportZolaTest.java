package dev.kiln.cli;

import static dev.kiln.cli.ImportJekyllTest.assertRedirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportZolaTest {
    static final String SITE = """
            -- config.toml --
            base_url = "https://zola.example.com"
            title = "Zola Notes"
            default_language = "fr"
            taxonomies = [{name = "tags"}, {name = "categories"}]
            [extra]
            author = "Léa Martin"
            -- content/_index.md --
            +++
            +++
            -- content/blog/_index.md --
            +++
            title = "Blog"
            sort_by = "date"
            +++
            -- content/blog/2022-01-15-first-note.md --
            +++
            title = "First note"
            [taxonomies]
            tags = ["zola", "notes"]
            series = ["basics"]
            [extra]
            mood = "curious"
            +++
            See the [second](@/blog/second-note/index.md#details).

            {{ youtube(id="xyz") }}
            -- content/blog/second-note/index.md --
            +++
            title = "Second note"
            date = 2022-02-20
            aliases = ["/old/second/"]
            path = "notes/second"
            +++
            ![diagram](diagram.png)

            ## Details
            {% note(kind="warning") %}
            Careful.
            {% end %}
            -- content/blog/second-note/diagram.png (png) --
            -- content/pages/about.md --
            +++
            title = "About"
            +++
            About the notes.
            -- static/favicon.png (png) --
            -- templates/page.html --
            {{ page.content }}
            """;

    @TempDir
    Path tmp;

    Path src;
    Path dest;

    @BeforeEach
    void writeTheZolaSite() throws Exception {
        src = tmp.resolve("zola");
        dest = tmp.resolve("kiln");
        SourceFiles.write(src, SITE);
    }

    @Test
    void postsPagesTaxonomiesAndBundlesAreImportedAndTheSiteBuilds() throws Exception {
        String before = SourceFiles.snapshot(src);

        Cli imported = Cli.run("import", "zola", src.toString(), dest.toString());
        Cli built = Cli.run("build", dest.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 2 posts, 1 page, ");
        assertThat(SourceFiles.snapshot(src)).isEqualTo(before);
        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(dest.resolve("kiln.yaml")).content().contains("language: \"fr\"").contains("author: \"Léa Martin\"")
                .contains("posts: \"/blog/:slug/\"");
        assertThat(dest.resolve("content/posts/first-note.md")).content().contains("date: 2022-01-15")
                .contains("tags: [\"zola\", \"notes\"]").contains("taxonomies:\n  series: [\"basics\"]")
                .contains("extra:\n  mood: \"curious\"");
        assertThat(dest.resolve("content/posts/second-note/index.md")).content().contains("date: 2022-02-20")
                .contains("aliases: [\"/notes/second/\", \"/old/second/\"]");
        assertThat(dest.resolve("content/posts/second-note/diagram.png")).exists();
        Path out = dest.resolve("public");
        Document first = Jsoup.parse(out.resolve("blog/first-note/index.html").toFile());
        assertThat(first.select("a:contains(second)").attr("href")).isEqualTo("/blog/second-note/#details");
        assertThat(out.resolve("blog/second-note/index.html")).content().contains("diagram.png");
        assertRedirect(out.resolve("notes/second/index.html"), "/blog/second-note/");
        assertRedirect(out.resolve("old/second/index.html"), "/blog/second-note/");
        assertThat(out.resolve("pages/about/index.html")).content().contains("About the notes.");
        assertThat(out.resolve("favicon.png")).exists();
        assertThat(out.resolve("tags/zola/index.html")).exists();
    }

    @Test
    void shortcodesAreLeftInPlaceAndReported() throws Exception {
        Cli.run("import", "zola", src.toString(), dest.toString());

        assertThat(dest.resolve("import-report.txt")).content()
                .contains("content/blog/2022-01-15-first-note.md:11:1  Zola shortcode youtube(…) left in place  hint: ")
                .contains("content/blog/second-note/index.md:10:1  Zola shortcode note(…) left in place")
                .contains("content/blog/_index.md  list of posts /blog/ not kept")
                .contains("templates/  not imported");
        assertThat(dest.resolve("content/posts/first-note.md")).content().contains("{{ youtube(id=\"xyz\") }}");
    }
}
