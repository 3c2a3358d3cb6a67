package dev.kiln.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJekyllTest {
    static final String SITE = """
            -- _config.yml --
            title: "Field Notes"
            url: "https://notes.example.org"
            timezone: America/New_York
            author:
              name: "Rui Costa"
            exclude: [scripts]
            -- _posts/2019-05-01-first-post.md --
            ---
            layout: post
            title: "First post: a tour"
            categories: notes travel
            tags: [walking, maps]
            ---
            ![map]({{ site.baseurl }}/assets/map.png)

            {% highlight ruby linenos %}
            puts "hello"
            {% endhighlight %}

            Next: [the second post]({% post_url 2020-02-03-second %}), and [about me](../about.md).

            {% include note.html text="careful" %}

            A lead paragraph.
            {: .lead}

            Trailhead
            : Where the *walk* starts.
            -- _posts/2020-02-03-second.markdown --
            ---
            title: Second
            date: 2020-02-03 23:30:00 -0800
            category: Tech
            permalink: /blog/second-post/
            redirect_from:
              - /old/second.html
            mood: "calm"
            ---
            {% raw %}Liquid shown as text: {{ page.title }}{% endraw %}

            Back to [the first]({% link _posts/2019-05-01-first-post.md %}).
            -- _posts/2021-07-04-third.md --
            ---
            categories: [Notes]
            image:
              path: /assets/map.png
              alt: "A map"
            ---
            Some **bold**{: .x} text, and {{ page.mood }}.
            -- _posts/2022-03-03-quoted.md --
            ---
            title: 'Quotes "inside" # and: colons, \\ too'
            tags: yes no
            ---
            Tricky values.
            -- _drafts/an-idea.md --
            ---
            title: An idea
            ---
            Not yet.
            -- about.md --
            ---
            title: About
            permalink: /about/
            ---
            Who writes here.
            -- contact.md --
            ---
            title: Contact
            ---
            Write to me.
            -- tags.md --
            ---
            title: Tags
            ---
            Every tag.
            -- index.html --
            ---
            layout: home
            ---
            -- feed.xml --
            ---
            layout: null
            ---
            <rss></rss>
            -- _layouts/post.html --
            <article>{{ content }}</article>
            -- assets/map.png (png) --
            -- CNAME --
            notes.example.org
            -- scripts/deploy.sh --
            echo deploy
            -- node_modules/left-pad/index.md --
            ---
            title: not a page
            ---
            -- .git/HEAD --
            ref: refs/heads/main
            """;

    @TempDir
    Path tmp;

    Path src;
    Path dest;

    @BeforeEach
    void writeTheJekyllSite() throws Exception {
        src = tmp.resolve("jekyll");
        dest = tmp.resolve("kiln");
        SourceFiles.write(src, SITE);
    }

    @Test
    void postsPagesAndFilesAreImportedAndTheSiteBuilds() throws Exception {
        String before = SourceFiles.snapshot(src);

        Cli imported = Cli.run("import", "jekyll", src.toString(), dest.toString());
        Cli built = Cli.run("build", dest.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 5 posts, 2 pages, ").contains("Next: kiln build");
        assertThat(SourceFiles.snapshot(src)).isEqualTo(before);
        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(dest.resolve("kiln.yaml")).content().contains("title: \"Field Notes\"")
                .contains("base_url: \"https://notes.example.org/\"").contains("timezone: \"America/New_York\"")
                .contains("author: \"Rui Costa\"").contains("posts: \"/:year/:month/:day/:slug/\"");
        Path first = dest.resolve("content/posts/first-post.md");
        assertThat(first).content().startsWith("---\ntitle: \"First post: a tour\"\ndate: 2019-05-01\n")
                .contains("categories: [\"notes\", \"travel\"]").contains("tags: [\"walking\", \"maps\"]")
                .contains("layout: \"post\"").contains("aliases: [\"/notes/travel/2019/05/01/first-post.html\"]");
        assertThat(dest.resolve("content/posts/second.md")).content()
                .contains("date: 2020-02-03T23:30:00-08:00").contains("categories: [\"Tech\"]").contains("mood: \"calm\"")
                .contains("aliases: [\"/blog/second-post/\", \"/old/second.html\"]");
        assertThat(dest.resolve("content/posts/third.md")).content().contains("title: \"Third\"")
                .contains("image: \"/assets/map.png\"").contains("jekyll_image:");
        assertThat(dest.resolve("content/posts/an-idea.md")).content().contains("draft: true");
        assertThat(dest.resolve("content/posts/quoted.md")).content()
                .contains("title: \"Quotes \\\"inside\\\" # and: colons, \\\\ too\"").contains("tags: [\"yes\", \"no\"]");
        assertThat(Jsoup.parse(dest.resolve("public/2022/03/03/quoted/index.html").toFile()).select("h1").text())
                .isEqualTo("Quotes \"inside\" # and: colons, \\ too");
        assertThat(dest.resolve("public/tags/yes/index.html")).exists();
        assertThat(dest.resolve("static/assets/map.png")).exists();
        assertThat(dest.resolve("static/CNAME")).exists();
        assertThat(dest.resolve("static/scripts")).doesNotExist();
        assertThat(dest.resolve("static/.git")).doesNotExist();
        assertThat(dest.resolve("content/node_modules")).doesNotExist();
        assertThat(dest.resolve("import-report.txt")).content().doesNotContain("node_modules").doesNotContain(".git");
        assertThat(dest.resolve("static/index.html")).doesNotExist();
    }

    @Test
    void liquidAndKramdownWithAKilnEquivalentAreConverted() throws Exception {
        Cli.run("import", "jekyll", src.toString(), dest.toString());
        Cli.run("build", dest.toString());

        Document first = Jsoup.parse(dest.resolve("public/2019/05/01/first-post/index.html").toFile());
        assertThat(first.select("article img").attr("src")).isEqualTo("/assets/map.png");
        assertThat(first.select("pre code").text()).isEqualTo("puts \"hello\"");
        assertThat(first.select("a:contains(the second post)").attr("href")).isEqualTo("/2020/02/03/second/");
        assertThat(first.select("a:contains(about me)").attr("href")).isEqualTo("/about/");
        assertThat(first.select("dl dt").text()).isEqualTo("Trailhead");
        assertThat(first.select("dl dd em").text()).isEqualTo("walk");
        assertThat(first.text()).doesNotContain("{: .lead}").contains("A lead paragraph.");
        Document second = Jsoup.parse(dest.resolve("public/2020/02/03/second/index.html").toFile());
        assertThat(second.text()).contains("Liquid shown as text: {{ page.title }}");
        assertThat(second.select("a:contains(the first)").attr("href")).isEqualTo("/2019/05/01/first-post/");
        assertThat(Files.readString(dest.resolve("content/posts/third.md"))).contains("Some **bold** text");
    }

    @Test
    void everyOldUrlStillLeadsToItsPostOrPage() throws Exception {
        Cli.run("import", "jekyll", src.toString(), dest.toString());
        Cli.run("build", dest.toString());

        Path out = dest.resolve("public");
        assertRedirect(out.resolve("notes/travel/2019/05/01/first-post.html"), "/2019/05/01/first-post/");
        assertRedirect(out.resolve("blog/second-post/index.html"), "/2020/02/03/second/");
        assertRedirect(out.resolve("old/second.html"), "/2020/02/03/second/");
        assertRedirect(out.resolve("notes/2021/07/04/third.html"), "/2021/07/04/third/");
        assertRedirect(out.resolve("contact.html"), "/contact/");
        assertThat(out.resolve("about/index.html")).content().contains("Who writes here.");
        assertThat(out.resolve("assets/map.png")).exists();
    }

    @Test
    void whatDidNotConvertIsReportedWithFileLineAndColumn() throws Exception {
        Cli r = Cli.run("import", "jekyll", src.toString(), dest.toString());

        String report = Files.readString(dest.resolve("import-report.txt"));
        assertThat(report).contains("_posts/2019-05-01-first-post.md:15:1  Liquid tag {% include %} left in place  hint: ")
                .contains("_posts/2019-05-01-first-post.md:18:1  kramdown attribute list {: .lead} dropped")
                .contains("_posts/2021-07-04-third.md:7:14  kramdown attribute list {: .x} dropped")
                .contains("_posts/2021-07-04-third.md:7:31  Liquid output {{ page.mood }} left in place")
                .contains("_posts/2021-07-04-third.md:4:3  image map: its path is Kiln's image")
                .doesNotContain("link to")
                .contains("_layouts/  not imported: Liquid templates")
                .contains("index.html  not imported: a html file with front matter")
                .contains("feed.xml  not imported")
                .contains("tags.md  page not imported: Kiln makes /tags/ itself")
                .contains("_drafts/an-idea.md  draft without a date");
        assertThat(r.out()).contains("to finish by hand, listed in " + dest.resolve("import-report.txt").toRealPath());
    }

    @Test
    void mistakesAreClearMessagesAndNothingIsWritten() throws Exception {
        Path notJekyll = Files.createDirectories(tmp.resolve("plain"));
        Files.writeString(notJekyll.resolve("notes.txt"), "x");
        Files.createDirectories(dest);
        Files.writeString(dest.resolve("keep.txt"), "mine");

        Cli missing = Cli.run("import", "jekyll", tmp.resolve("nowhere").toString(), tmp.resolve("a").toString());
        Cli notASite = Cli.run("import", "jekyll", notJekyll.toString(), tmp.resolve("b").toString());
        Cli notEmpty = Cli.run("import", "jekyll", src.toString(), dest.toString());
        Cli inside = Cli.run("import", "jekyll", src.toString(), src.resolve("kiln").toString());
        Cli unknown = Cli.run("import", "wordpress", src.toString(), tmp.resolve("c").toString());

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("does not exist").contains("hint: ");
        assertThat(notASite.exitCode()).isEqualTo(1);
        assertThat(notASite.err()).contains("is not a Jekyll site");
        assertThat(notEmpty.exitCode()).isEqualTo(1);
        assertThat(notEmpty.err()).contains("is not empty");
        assertThat(inside.exitCode()).isEqualTo(1);
        assertThat(inside.err()).contains("inside the site being imported");
        assertThat(unknown.exitCode()).isEqualTo(64);
        for (Cli r : new Cli[] {missing, notASite, notEmpty, inside, unknown}) assertThat(r.err()).doesNotContain("Exception");
        assertThat(tmp.resolve("a")).doesNotExist();
        assertThat(tmp.resolve("b")).doesNotExist();
        assertThat(src.resolve("kiln")).doesNotExist();
        assertThat(dest.resolve("kiln.yaml")).doesNotExist();
    }

    @Test
    void aSourceFileThatCannotBeReadStopsTheImportWithItsPosition() throws Exception {
        Files.writeString(src.resolve("_posts/2022-01-01-broken.md"), "---\ntitle: [unclosed\n---\nText.\n");

        Cli r = Cli.run("import", "jekyll", src.toString(), dest.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("_posts/2022-01-01-broken.md:").contains("error:").contains("nothing was written");
        assertThat(dest).doesNotExist();
    }

    static void assertRedirect(Path file, String target) throws Exception {
        assertThat(file).exists();
        assertThat(Files.readString(file)).contains(target).containsIgnoringCase("http-equiv=\"refresh\"");
    }
}
