package dev.kiln.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    @TempDir
    Path site;

    private void write(String rel, String text) throws Exception {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void aGoodBuildEndsWithOneSummaryLine() throws Exception {
        write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nHello.\n");

        Cli r = Cli.run("build", site.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).singleElement().asString()
                .matches("Built 1 post: \\d+ written, 0 unchanged, 0 removed, 0 warnings in \\d+\\.\\d\\d s → public");
        assertThat(site.resolve("public/posts/a/index.html")).exists();
    }

    @Test
    void aSecondBuildRewritesNothing() throws Exception {
        write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nHello.\n");
        Cli.run("build", site.toString());

        Cli r = Cli.run("build", site.toString());

        assertThat(r.out()).contains(": 0 written, ");
    }

    @Test
    void contentErrorsArePrintedWithFileLineColumnTheLineAndAHint() throws Exception {
        write("content/posts/a.md", "---\ntitle: A\ndate: \"2024-11-31\"\n---\nHello.\n");

        Cli r = Cli.run("build", site.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("content/posts/a.md:3:7: error: ")
                .contains(" 3 | date: \"2024-11-31\"")
                .contains("  hint: ")
                .contains("Build failed: 1 error, 0 warnings; nothing was written.")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(site.resolve("public")).doesNotExist();
    }

    @Test
    void refusesToWriteIntoTheSiteRoot() throws Exception {
        write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nHello.\n");

        Cli r = Cli.run("build", site.toString(), "--output", site.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: ").contains("hint: ").doesNotContain("Exception");
    }

    @Test
    void aMissingSiteFolderIsAUserMistakeNotACrash() {
        Path missing = site.resolve("no-such-blog");

        Cli r = Cli.run("build", missing.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("the site folder " + missing + " does not exist")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void refusesAFolderKilnDidNotCreate() throws Exception {
        write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nHello.\n");
        write("elsewhere/thesis.txt", "precious");

        Cli r = Cli.run("build", site.toString(), "--output", site.resolve("elsewhere").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(site.resolve("elsewhere/thesis.txt")).hasContent("precious");
        assertThat(site.resolve("elsewhere/index.html")).doesNotExist();
    }

    @Test
    void baseUrlFlagOverridesTheConfig() throws Exception {
        write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nHello.\n");

        Cli.run("build", site.toString(), "--base-url", "https://x.example/blog/");

        assertThat(Files.readString(site.resolve("public/posts/a/index.html")))
                .contains("href=\"https://x.example/blog/posts/a/\"")
                .contains("<a class=\"site-title\" href=\"/blog/\">");
    }

    @Test
    void badFlagsAreAUsageError() {
        Cli r = Cli.run("build", "--no-such-flag");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("Unknown option").contains("kiln help build");
    }

    @Test
    void withoutASiteArgumentTheLaunchersDefaultSiteIsUsed() throws Exception {
        write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nHello.\n");

        Cli r = Cli.runWith(java.util.Map.of("KILN_DEFAULT_SITE", site.toString()), "build", "--quiet");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(site.resolve("public/index.html")).exists();
    }

    @Test
    void versionAndHelpWork() {
        assertThat(Cli.run("--version").out()).startsWith("kiln ");
        Cli help = Cli.run("help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("build");
    }
}
