package dev.kiln.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which routes a rebuild renders again: only those whose model changed (ARCHITECTURE §7). */
class RebuildScopeTest {
    private static final Instant NOW = TestSite.NOW;
    private static final String SITE = """
            -- kiln.yaml --
            title: Scope
            base_url: https://scope.example/
            -- content/posts/first.md --
            ---
            title: First
            date: 2025-03-01
            tags: [java]
            excerpt: "A fixed summary."
            ---
            Read this first.
            -- content/posts/second.md --
            ---
            title: Second
            date: 2025-03-02
            tags: [linux]
            excerpt: "Another fixed summary."
            ---
            Then [the first](first.md).
            -- content/about.md --
            ---
            title: About
            ---
            About us.
            """;

    @Test
    void editingOnlyABodyWithAnExplicitExcerptRerendersThatPostAndChangesOnlyItsFeedsAndSearchEntry() throws Exception {
        TestSite site = TestSite.of(SITE);
        try (Rebuilder rebuilder = new Rebuilder(BuildOptions.of(site.root(), NOW))) {
            rebuilder.full(NOW);
            rebuilder.finish();
            Path first = edit(site.root(), "content/posts/first.md", "Read this first.", "Do read this first.");

            RebuildResult result = rebuilder.rebuild(List.of(first), NOW);

            assertThat(result.renderedUrls()).containsExactly("/posts/first/");
            assertThat(result.changedFiles()).containsExactly("posts/first/index.html");
            // The site's feeds carry full content and the search entry the text: they change too, a
            // moment later (finish); no list page does, nor the tag's feeds (summaries by default).
            assertThat(rebuilder.finish().orElseThrow().changedFiles()).containsExactlyInAnyOrder(
                    "rss.xml", "atom.xml", "feed.json", "search/d/0.json");
            assertThat(result.bodiesRendered()).isEqualTo(1);
        }
    }

    @Test
    void savingTheSameBytesAgainRendersNothing() throws Exception {
        TestSite site = TestSite.of(SITE);
        try (Rebuilder rebuilder = new Rebuilder(BuildOptions.of(site.root(), NOW))) {
            rebuilder.full(NOW);
            Path first = edit(site.root(), "content/posts/first.md", "Read", "Read");

            RebuildResult result = rebuilder.rebuild(List.of(first), NOW);

            assertThat(result.renderedUrls()).isEmpty();
            assertThat(result.bodiesRendered()).isZero();
        }
    }

    @Test
    void editingATitleRerendersThePostItsNeighbourAndTheListsThatShowIt() throws Exception {
        TestSite site = TestSite.of(SITE);
        try (Rebuilder rebuilder = new Rebuilder(BuildOptions.of(site.root(), NOW))) {
            rebuilder.full(NOW);
            Path first = edit(site.root(), "content/posts/first.md", "title: First", "title: The First");

            RebuildResult result = rebuilder.rebuild(List.of(first), NOW);

            assertThat(result.renderedUrls())
                    .contains("/posts/first/", "/posts/second/", "/", "/tags/java/", "/archive/")
                    .doesNotContain("/about/", "/tags/linux/", "/404.html");
        }
    }

    @Test
    void aBrokenFileKeepsTheLastGoodBuildAndFixingItComesBackWithoutRenderingAgain() throws Exception {
        TestSite site = TestSite.of(SITE);
        try (Rebuilder rebuilder = new Rebuilder(BuildOptions.of(site.root(), NOW))) {
            RebuildResult good = rebuilder.full(NOW);
            Path first = edit(site.root(), "content/posts/first.md", "date: 2025-03-01", "date: 2025-13-01");

            RebuildResult broken = rebuilder.rebuild(List.of(first), NOW);
            assertThat(broken.failed()).isTrue();
            assertThat(broken.diagnostics().get(0).location().toString()).startsWith("content/posts/first.md:3:");
            assertThat(broken.state()).containsSame(good.state().orElseThrow());

            edit(site.root(), "content/posts/first.md", "date: 2025-13-01", "date: 2025-03-01");
            RebuildResult fixed = rebuilder.rebuild(List.of(first), NOW);
            assertThat(fixed.failed()).isFalse();
            assertThat(fixed.changedFiles()).isEmpty();
        }
    }

    @Test
    void deletingAPostRemovesItsPage() throws Exception {
        TestSite site = TestSite.of(SITE.replace("Then [the first](first.md).", "Then more."));
        try (Rebuilder rebuilder = new Rebuilder(BuildOptions.of(site.root(), NOW))) {
            rebuilder.full(NOW);
            Path first = site.root().resolve("content/posts/first.md");
            Files.delete(first);

            RebuildResult result = rebuilder.rebuild(List.of(first), NOW);

            assertThat(result.removedFiles()).contains("posts/first/index.html", "tags/java/index.html");
            assertThat(result.state().orElseThrow().files()).doesNotContainKey("posts/first/index.html");
        }
    }

    static Path edit(Path root, String path, String from, String to) throws Exception {
        Path file = root.resolve(path);
        String text = Files.readString(file);
        if (!text.contains(from)) throw new IllegalArgumentException(path + " has no " + from);
        Files.writeString(file, text.replace(from, to));
        return file;
    }
}
