package dev.kiln.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a writer sees in the terminal when a template override has a mistake. */
class TemplateErrorOutputTest {
    @TempDir
    Path site;

    private void write(String rel, String text) throws Exception {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void anUnknownVariableIsPrintedAsTemplateLineColumnWithTheLineAndACaret() throws Exception {
        write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nHello.\n");
        write("templates/partials/byline.html", "<p class=\"byline\">\n  <span>{{ post.subtitel }}</span>\n</p>\n");

        Cli r = Cli.run("build", site.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("templates/partials/byline.html:2:17: error: \"subtitel\" does not exist on post")
                .contains(" 2 |   <span>{{ post.subtitel }}</span>")
                .contains("^^^^^^^^")
                .contains("  hint: ")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Models$");
        assertThat(site.resolve("public")).doesNotExist();
    }

    @Test
    void aSyntaxErrorInATemplateIsPrintedWithoutAStackTrace() throws Exception {
        write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nHello.\n");
        write("templates/post.html", "{% extends \"base.html\" %}\n{% block main %}\n{% for x in %}\n{% endblock %}\n");

        Cli r = Cli.run("build", site.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("templates/post.html:3:13: error: unexpected \"%}\"")
                .contains(" 3 | {% for x in %}")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
