package dev.kiln.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NoChangeRebuildTest {
    static final String SITE = """
            -- content/posts/a.md --
            ---
            title: A
            date: 2025-06-01
            ---
            Alpha.
            -- content/posts/b.md --
            ---
            title: B
            date: 2026-01-02
            ---
            Beta, scheduled for a day after the build.
            """;

    @Test
    void aBuildWithNothingChangedWritesNothingAndLeavesEveryFileAlone() throws Exception {
        TestSite site = TestSite.of(SITE);
        var first = site.build();
        var index = first.output().resolve("index.html");
        Files.setLastModifiedTime(index, FileTime.fromMillis(1_000_000_000_000L));

        var second = site.build();

        assertThat(second.report().written()).isEmpty();
        assertThat(second.report().unchanged()).isEqualTo(first.report().files());
        assertThat(second.report().posts()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(index).toMillis()).isEqualTo(1_000_000_000_000L);
    }

    @Test
    void anEditedPostIsRebuilt() throws Exception {
        TestSite site = TestSite.of(SITE);
        site.build();

        var second = site.edit("content/posts/a.md", "Alpha.", "Omega.").build();

        assertThat(second.report().written()).contains("posts/a/index.html");
        assertThat(second.html("/posts/a/").select(".content").text()).isEqualTo("Omega.");
    }

    @Test
    void aNewPostIsBuiltAndAHiddenFileInContentChangesNothing() throws Exception {
        TestSite site = TestSite.of(SITE);
        site.build();
        site.file("content/posts/.c.md", "---\ntitle: Hidden\ndate: 2025-06-02\n---\nNot a post.\n".getBytes());
        site.file("content/posts/d.md", "---\ntitle: D\ndate: 2025-06-03\n---\nDelta.\n".getBytes());

        var second = site.build();

        assertThat(second.report().written()).contains("posts/d/index.html").noneMatch(p -> p.contains("/c/"));
        assertThat(second.report().posts()).isEqualTo(2);
    }

    @Test
    void aNewHiddenStaticFileIsAChangeAndIsPublished() throws Exception {
        TestSite site = TestSite.of(SITE);
        site.build();
        site.file("static/.well-known/security.txt", "Contact: mailto:security@example.org\n".getBytes());

        var second = site.build();

        assertThat(second.report().written()).containsExactly(".well-known/security.txt");
    }

    @Test
    void aFileDeletedFromTheOutputIsWrittenAgain() throws Exception {
        TestSite site = TestSite.of(SITE);
        var first = site.build();
        Files.delete(first.output().resolve("posts/a/index.html"));

        var second = site.build();

        assertThat(second.report().written()).containsExactly("posts/a/index.html");
    }

    @Test
    void aScheduledPostAppearsOnceItsDateHasComeWithoutAnyEdit() throws Exception {
        TestSite site = TestSite.of(SITE);
        site.build();

        var later = site.options(o -> o.withNow(TestSite.NOW.plus(Duration.ofDays(2)))).build();

        assertThat(later.report().posts()).isEqualTo(2);
        assertThat(later.exists("posts/b/index.html")).isTrue();
    }

    @Test
    void aBuildWithWarningsRunsAgainSoItsWarningsAreShownAgain() throws Exception {
        TestSite site = TestSite.of(SITE + "-- kiln.yaml --\ntitel: Oops\n");
        site.build();

        var second = site.build();

        assertThat(second.report().warnings()).isEqualTo(1);
    }

    @Test
    void otherOptionsAreAnotherBuild() throws Exception {
        TestSite site = TestSite.of(SITE);
        site.build();

        var withFuture = site.options(o -> o.withFuture(true)).build();

        assertThat(withFuture.report().posts()).isEqualTo(2);
    }
}
