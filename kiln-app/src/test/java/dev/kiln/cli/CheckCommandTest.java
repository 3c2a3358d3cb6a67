package dev.kiln.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String GOOD = "---\ntitle: A\ndate: 2024-01-01\n---\nHello.\n";

    @TempDir
    Path site;

    private void write(String rel, String text) throws Exception {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void aCleanSiteExitsZeroWithOneSummaryLineAndWritesNothing() throws Exception {
        write("content/posts/a.md", GOOD);

        Cli r = Cli.run("check", site.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).singleElement().asString().matches("Checked \\d+ pages, \\d+ links: 0 errors, 0 warnings\\.");
        assertThat(site.resolve("public")).doesNotExist();
    }

    @Test
    void errorsArePrintedWithFileLineColumnAndExitOne() throws Exception {
        write("content/posts/a.md", GOOD + "[broken](/nowhere/)\n");

        Cli r = Cli.run("check", site.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("content/posts/a.md:6:1: error: the link /nowhere/ leads to no page of the site [check.link-broken]")
                .contains(" 6 | [broken](/nowhere/)")
                .contains("1 error, 0 warnings.");
    }

    @Test
    void warningsOnlyExitZeroButTwoWithStrict() throws Exception {
        write("content/posts/a.md", GOOD + "![](/favicon.svg)\n");

        assertThat(Cli.run("check", site.toString()).exitCode()).isZero();
        Cli strict = Cli.run("check", "--strict", site.toString());
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.out()).contains("[lint.image-alt]");
    }

    @Test
    void jsonFormatListsEveryDiagnosticWithItsPosition() throws Exception {
        write("content/posts/a.md", GOOD + "[broken](/nowhere/ \"t\")\n");

        Cli r = Cli.run("check", "--format", "json", site.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).startsWith("{\n  \"errors\": 1,\n  \"warnings\": 0,")
                .contains("{\"severity\": \"error\", \"code\": \"check.link-broken\", \"file\": \"content/posts/a.md\","
                        + " \"line\": 6, \"column\": 1, \"message\": \"the link /nowhere/ leads to no page of the site\"");
    }

    @Test
    void githubFormatPrintsOneWorkflowCommandPerDiagnostic() throws Exception {
        write("content/posts/a.md", GOOD + "[broken](/nowhere/)\n");

        Cli r = Cli.run("check", "--format", "github", site.toString());

        assertThat(r.out().lines()).singleElement().asString().isEqualTo(
                "::error file=content/posts/a.md,line=6,col=1,title=check.link-broken::the link /nowhere/ leads to no"
                        + " page of the site%0Ahint: fix the URL, or link to the Markdown file (other-post.md) so Kiln"
                        + " checks and rewrites it");
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        write("content/posts/a.md", GOOD);
        assertThat(Cli.run("check", "--format", "xml", site.toString()).exitCode()).isEqualTo(64);
    }

    @Test
    void buildErrorsAreReportedByCheckToo() throws Exception {
        write("content/posts/a.md", "---\ntitle: A\ndate: \"2024-11-31\"\n---\nHello.\n");

        Cli r = Cli.run("check", site.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("content/posts/a.md:3:7: error: ").doesNotContain("\tat ");
    }

    @Test
    void aMisspeltFrontMatterKeyIsAWarningNamingTheKnownKey() throws Exception {
        write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\ncategroy: Java\n---\nHello.\n");

        Cli r = Cli.run("check", "--strict", site.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("content/posts/a.md:4:1: warning: unknown key \"categroy\" [front-matter.unknown-key]")
                .contains("did you mean \"category\"?");
    }
}
