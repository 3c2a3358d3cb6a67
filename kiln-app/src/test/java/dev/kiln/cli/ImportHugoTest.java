package dev.kiln.cli;

import static dev.kiln.cli.ImportJekyllTest.assertRedirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportHugoTest {
    static final String SITE = """
            -- hugo.toml --
            baseURL = "https://hugo.example.net/"
            title = "Hugo Notes"
            languageCode = "en-gb"
            timeZone = "Europe/Lisbon"
            [params]
              description = "Short notes"
              author = "Ines Duarte"
            [permalinks]
              posts = "/:year/:month/:slug/"
            -- content/_index.md --
            +++
            title = "Home"
            +++
            -- content/posts/_index.md --
            ---
            title: Posts
            ---
            -- content/posts/toml-post.md --
            +++
            title = "TOML post"
            date = 2023-03-01T10:00:00+01:00
            tags = ["hugo", "toml"]
            categories = ["Tech"]
            aliases = ["/old/toml-post/", "toml-old"]
            +++
            {{< highlight go >}}
            fmt.Println("hi")
            {{< /highlight >}}

            See [the YAML one]({{< ref "yaml-post" >}}) and [about]({{< relref "/about.md" >}}).

            {{< youtube abc123 >}}
            -- content/posts/yaml-post.md --
            ---
            Title: "YAML post"
            Date: "2023-04-02"
            Slug: yaml-renamed
            Draft: false
            images: ["/img/cover.png"]
            series: ["intro"]
            ---
            Text with {{</* figure src="x.png" */>}} shown as text.
            -- content/posts/json-post.md --
            {
              "title": "JSON post",
              "date": "2023-05-03T08:00:00Z",
              "url": "/legacy/json-post.html",
              "tags": "single"
            }
            Body of the JSON post.
            -- content/posts/my-trip/index.md --
            ---
            title: "My trip"
            date: 2023-06-04
            ---
            {{< figure src="photo.png" alt="The lake" caption="Lake at dawn" >}}
            -- content/posts/my-trip/photo.png (png) --
            -- content/about.md --
            ---
            title: About
            ---
            About page.
            -- content/docs/_index.md --
            ---
            title: Docs
            ---
            Documentation index.
            -- content/docs/setup.md --
            ---
            title: Setup
            ---
            Setup steps.
            -- static/img/cover.png (png) --
            -- layouts/_default/single.html --
            {{ .Content }}
            """;

    @TempDir
    Path tmp;

    Path src;
    Path dest;

    @BeforeEach
    void writeTheHugoSite() throws Exception {
        src = tmp.resolve("hugo");
        dest = tmp.resolve("kiln");
        SourceFiles.write(src, SITE);
    }

    @Test
    void frontMatterInEveryFormIsMappedAndTheSiteBuilds() throws Exception {
        String before = SourceFiles.snapshot(src);

        Cli imported = Cli.run("import", "hugo", src.toString(), dest.toString());
        Cli built = Cli.run("build", dest.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 4 posts, 3 pages, ");
        assertThat(SourceFiles.snapshot(src)).isEqualTo(before);
        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(dest.resolve("kiln.yaml")).content().contains("title: \"Hugo Notes\"").contains("language: \"en-gb\"")
                .contains("timezone: \"Europe/Lisbon\"").contains("author: \"Ines Duarte\"").contains("posts: \"/:year/:month/:slug/\"");
        assertThat(dest.resolve("content/posts/toml-post.md")).content().contains("date: 2023-03-01T10:00:00+01:00")
                .contains("categories: [\"Tech\"]").contains("tags: [\"hugo\", \"toml\"]")
                .contains("aliases: [\"/old/toml-post/\", \"/posts/toml-old/\"]");
        assertThat(dest.resolve("content/posts/yaml-renamed.md")).content().contains("title: \"YAML post\"")
                .contains("date: 2023-04-02").contains("image: \"/img/cover.png\"").contains("series: [\"intro\"]")
                .doesNotContain("Draft").doesNotContain("images");
        assertThat(dest.resolve("content/posts/json-post.md")).content().contains("tags: [\"single\"]")
                .contains("aliases: [\"/legacy/json-post.html\"]").contains("Body of the JSON post.");
        assertThat(dest.resolve("content/posts/my-trip/index.md")).exists();
        assertThat(dest.resolve("content/posts/my-trip/photo.png")).exists();
        assertThat(dest.resolve("content/docs/index.md")).content().contains("Documentation index.");
        assertThat(dest.resolve("static/img/cover.png")).exists();
    }

    @Test
    void shortcodesWithAKilnEquivalentAreConvertedAndOldUrlsKept() throws Exception {
        Cli.run("import", "hugo", src.toString(), dest.toString());
        Cli built = Cli.run("build", dest.toString());
        assertThat(built.exitCode()).as(built.err()).isZero();
        Path out = dest.resolve("public");

        Document toml = Jsoup.parse(out.resolve("2023/03/toml-post/index.html").toFile());
        assertThat(toml.select("pre code").text()).isEqualTo("fmt.Println(\"hi\")");
        assertThat(toml.select("a:contains(the YAML one)").attr("href")).isEqualTo("/2023/04/yaml-renamed/");
        assertThat(toml.select("a:contains(about)").attr("href")).isEqualTo("/about/");
        assertThat(Jsoup.parse(out.resolve("2023/04/yaml-renamed/index.html").toFile()).select("article").text())
                .contains("Text with {{< figure src=\"x.png\" >}} shown as text.");
        Document trip = Jsoup.parse(out.resolve("2023/06/my-trip/index.html").toFile());
        assertThat(trip.select("article img[alt=The lake]").attr("src")).endsWith("photo.png");
        assertThat(trip.select("article em").text()).isEqualTo("Lake at dawn");
        assertRedirect(out.resolve("old/toml-post/index.html"), "/2023/03/toml-post/");
        assertRedirect(out.resolve("posts/toml-old/index.html"), "/2023/03/toml-post/");
        assertRedirect(out.resolve("legacy/json-post.html"), "/2023/05/json-post/");
        assertThat(out.resolve("docs/index.html")).content().contains("Documentation index.");
        assertThat(out.resolve("docs/setup/index.html")).content().contains("Setup steps.");
        assertThat(out.resolve("about/index.html")).exists();
        assertThat(out.resolve("img/cover.png")).exists();
    }

    @Test
    void whatDidNotConvertIsReported() throws Exception {
        Cli.run("import", "hugo", src.toString(), dest.toString());

        assertThat(dest.resolve("import-report.txt")).content()
                .contains("content/posts/toml-post.md:14:1  Hugo shortcode {{< youtube >}} left in place  hint: ")
                .contains("content/posts/_index.md  list of posts /posts/ not kept")
                .contains("layouts/  not imported");
    }

    @Test
    void aFolderWithoutHugoConfigIsNotAHugoSite() throws Exception {
        Files.delete(src.resolve("hugo.toml"));

        Cli r = Cli.run("import", "hugo", src.toString(), dest.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("is not a Hugo site").contains("hint: ");
        assertThat(dest).doesNotExist();
    }
}
