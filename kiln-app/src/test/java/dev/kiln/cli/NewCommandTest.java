package dev.kiln.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aNewSiteBuildsAtOnceWithItsWelcomePostAndAboutPage() throws Exception {
        Path site = tmp.resolve("my-tech-blog");

        Cli made = Cli.run("new", "site", site.toString());
        Cli built = Cli.run("build", site.toString());

        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).contains("kiln serve " + site);
        assertThat(site.resolve("kiln.yaml")).content().contains("title: \"My Tech Blog\"").contains("# ")
                .contains("timezone: UTC");
        assertThat(site.resolve(".gitignore")).content().contains("/public/");
        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(built.err()).isEmpty();
        assertThat(site.resolve("public/posts/welcome/index.html")).content().contains("Welcome to your new blog");
        assertThat(site.resolve("public/about/index.html")).exists();
        assertThat(Cli.run("check", site.toString()).exitCode()).isZero();
    }

    @Test
    void aNewSiteIsMadeOnlyInAnEmptyFolder() throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "mine");

        Cli r = Cli.run("new", "site", tmp.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: ").contains("not empty").contains("hint: ").doesNotContain("Exception");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(tmp.resolve("notes.txt"));
        }
    }

    @Test
    void aFileWhereTheNewPostsFolderShouldBeIsAnErrorNamingItNotAStackTrace() throws Exception {
        Path site = tmp.resolve("blog");
        Cli.run("new", "site", site.toString());
        Path posts = site.resolve("content/posts");
        try (Stream<Path> files = Files.walk(posts)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.writeString(posts, "a file, not a folder");

        Cli r = Cli.run("new", "post", "Hello", "--site", site.toString());

        assertThat(r.exitCode()).isEqualTo(74);
        assertThat(r.err()).startsWith("kiln: error: " + posts + ": already exists")
                .contains("hint: check that the path is where it should be")
                .doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(posts).content().isEqualTo("a file, not a folder");
    }

    @Test
    void aNewPostIsNamedAfterItsTitleDatedTodayInTheSitesZoneAndBuilds() throws Exception {
        Path site = tmp.resolve("blog");
        Cli.run("new", "site", site.toString());
        Files.writeString(site.resolve("kiln.yaml"), "title: T\ntimezone: Pacific/Auckland\n");

        Cli r = Cli.run("new", "post", "Crème brûlée: Straße & Łódź!", "--site", site.toString(),
                "--category", "Food", "--tag", "dessert", "--tag", "travel");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Path post = site.resolve("content/posts/creme-brulee-strasse-lodz.md");
        assertThat(r.out().strip()).isEqualTo(post.toString());
        // 2026-01-01T00:00Z is 13:00 on the same day in Auckland.
        assertThat(post).content()
                .contains("title: \"Crème brûlée: Straße & Łódź!\"")
                .contains("date: 2026-01-01T13:00:00+13:00")
                .contains("categories: [\"Food\"]")
                .contains("tags: [\"dessert\", \"travel\"]");
        Cli built = Cli.run("build", site.toString());
        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(site.resolve("public/posts/creme-brulee-strasse-lodz/index.html")).content()
                .contains("Crème brûlée: Straße &amp; Łódź!");
        assertThat(site.resolve("public/tags/travel/index.html")).exists();
    }

    @Test
    void slugsAreMadeUniqueAndQuotesInTitlesAreSafe() throws Exception {
        Path site = tmp.resolve("blog");
        Cli.run("new", "site", site.toString());

        Cli first = Cli.run("new", "post", "Say \"hi\"", "--site", site.toString());
        Cli second = Cli.run("new", "post", "Say: hi!", "--site", site.toString());
        Cli page = Cli.run("new", "page", "About", "--site", site.toString());

        assertThat(first.out().strip()).endsWith("say-hi.md");
        assertThat(second.out().strip()).endsWith("say-hi-2.md");
        assertThat(page.out().strip()).endsWith("content/about-2.md");
        assertThat(site.resolve("content/posts/say-hi.md")).content().contains("title: \"Say \\\"hi\\\"\"");
        Cli built = Cli.run("build", site.toString());
        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(site.resolve("public/posts/say-hi-2/index.html")).exists();
        assertThat(site.resolve("public/about-2/index.html")).exists();
    }

    @Test
    void aTitleInAScriptWithoutLatinLettersKeepsItsCharacters() throws Exception {
        Path site = tmp.resolve("blog");
        Cli.run("new", "site", site.toString());

        Cli cjk = Cli.run("new", "post", "静的サイト入門", "--site", site.toString());
        Cli symbols = Cli.run("new", "post", "!!! ???", "--site", site.toString());

        assertThat(cjk.out().strip()).endsWith("content/posts/静的サイト入門.md");
        assertThat(symbols.out().strip()).endsWith("content/posts/post-2026-01-01.md");
        assertThat(Cli.run("build", site.toString()).exitCode()).isZero();
    }

    @Test
    void theSitesArchetypeIsUsedAndABadOneIsReportedAtItsLine() throws Exception {
        Path site = tmp.resolve("blog");
        Cli.run("new", "site", site.toString());
        Files.writeString(site.resolve("archetypes/post.md"),
                "+++\ntitle = {{ title }}\ndate = {{ date }}\nseries = \"kiln\"\n+++\nDraft text.\n");
        Cli good = Cli.run("new", "post", "First", "--site", site.toString());
        assertThat(site.resolve("content/posts/first.md")).content().startsWith("+++\ntitle = \"First\"\ndate = 2026-01-01T00:00:00Z\n");
        assertThat(good.exitCode()).isZero();

        Files.writeString(site.resolve("archetypes/post.md"),
                "---\ntitle: {{ title }}\ndate: {{ date }}\nsummary: {{ excerpt }}\ntags: [oops\n---\n");
        Cli unknown = Cli.run("new", "post", "Second", "--site", site.toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("archetypes/post.md:4:10: error: unknown placeholder {{ excerpt }}")
                .contains("Nothing was written.");

        Files.writeString(site.resolve("archetypes/post.md"), "---\ntitle: {{ title }}\ndate: {{ date }}\ntags: [oops\n---\n");
        Cli broken = Cli.run("new", "post", "Second", "--site", site.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).contains("archetypes/post.md:").contains("error:").doesNotContain("Exception");
        assertThat(site.resolve("content/posts/second.md")).doesNotExist();
    }

    @Test
    void theThemesArchetypeIsUsedWhenTheSiteHasNone() throws Exception {
        Path site = tmp.resolve("blog");
        Cli.run("new", "site", site.toString());
        Files.delete(site.resolve("archetypes/post.md"));
        Files.writeString(site.resolve("kiln.yaml"), "title: T\ntheme: plain\n");
        Files.createDirectories(site.resolve("themes/plain/archetypes"));
        Files.writeString(site.resolve("themes/plain/archetypes/post.md"),
                "---\ntitle: {{ title }}\ndate: {{ date }}\nslug: {{ slug }}\nseries: \"theme\"\n---\nFrom the theme.\n");

        Cli r = Cli.run("new", "post", "Théme test", "--site", site.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(site.resolve("content/posts/theme-test.md")).content()
                .contains("slug: \"theme-test\"").contains("series: \"theme\"").contains("From the theme.");
    }

    @Test
    void aFolderThatIsNotASiteIsRefusedAndAnEmptyTitleIsAUsageError() {
        Cli notASite = Cli.run("new", "post", "Hello", "--site", tmp.toString());
        Cli empty = Cli.run("new", "post", " ", "--site", tmp.toString());
        Cli nothing = Cli.run("new");

        assertThat(notASite.exitCode()).isEqualTo(1);
        assertThat(notASite.err()).contains("is not a Kiln site").contains("kiln new site");
        assertThat(empty.exitCode()).isEqualTo(64);
        assertThat(nothing.exitCode()).isEqualTo(64);
    }
}
