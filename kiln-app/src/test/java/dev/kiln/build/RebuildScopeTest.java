package dev.kiln.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void editingOnlyABodyWithAnExplicitExcerptRerendersThatPostAndChangesOnlyItsFeeds() throws Exception {
        TestSite site = TestSite.of(SITE);
        try (Rebuilder rebuilder = new Rebuilder(BuildOptions.of(site.root(), NOW))) {
            rebuilder.full(NOW);
            rebuilder.finish();
            Path first = edit(site.root(), "content/posts/first.md", "Read this first.", "Do read this first.");

            RebuildResult result = rebuilder.rebuild(List.of(first), NOW);

            assertThat(result.renderedUrls()).containsExactly("/posts/first/");
            assertThat(result.changedFiles()).containsExactly("posts/first/index.html");
            // The site's feeds carry full content: they change too, a moment later (finish); no list
            // page does, nor the tag's feeds (summaries by default), nor the search index (the edit
            // adds only a stop word, and the index keeps no copy of the text).
            assertThat(rebuilder.finish().orElseThrow().changedFiles()).containsExactlyInAnyOrder(
                    "rss.xml", "atom.xml", "feed.json");
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
    void editingATitleRerendersOnlyTheTermPageThatListsThePostNotTheTermsOtherPages() throws Exception {
        StringBuilder text = new StringBuilder("-- kiln.yaml --\ntitle: Pages\nbase_url: https://pages.example/\npaginate: 2\n");
        for (int i = 1; i <= 6; i++) {
            text.append("-- content/posts/p").append(i).append(".md --\n---\ntitle: Post ").append(i)
                    .append("\ndate: 2025-03-0").append(i).append("\ntags: [java]\nexcerpt: \"Fixed.\"\n---\nText ")
                    .append(i).append(".\n");
        }
        TestSite site = TestSite.of(text.toString());
        try (Rebuilder rebuilder = new Rebuilder(BuildOptions.of(site.root(), NOW))) {
            rebuilder.full(NOW);
            // Newest first: p6 p5 | p4 p3 | p2 p1 — p1 is on the last page of the home and of the tag;
            // p2 is its neighbour, p2 and p3 show it as related.
            Path p1 = edit(site.root(), "content/posts/p1.md", "title: Post 1", "title: Post One");

            RebuildResult result = rebuilder.rebuild(List.of(p1), NOW);

            assertThat(result.renderedUrls()).containsExactlyInAnyOrder("/posts/p1/", "/posts/p2/", "/posts/p3/",
                    "/page/3/", "/tags/java/page/3/", "/tags/", "/archive/", "/archive/2025/");
            assertThat(result.changedFiles()).containsExactlyInAnyOrder("posts/p1/index.html",
                    "posts/p2/index.html", "posts/p3/index.html", "page/3/index.html", "tags/java/page/3/index.html",
                    "archive/2025/index.html");
        }
    }

    @Test
    void aFuturePostAppearsOnceItsDayHasComeThoughTheEditWasToAnotherPost() throws Exception {
        TestSite site = TestSite.of(SITE + """
                -- content/posts/later.md --
                ---
                title: Later
                date: 2025-06-01
                tags: [java]
                excerpt: "Not yet."
                ---
                Soon.
                """);
        Instant before = Instant.parse("2025-05-01T00:00:00Z");
        Instant after = Instant.parse("2025-07-01T00:00:00Z");
        try (Rebuilder rebuilder = new Rebuilder(BuildOptions.of(site.root(), before))) {
            assertThat(rebuilder.full(before).state().orElseThrow().files()).doesNotContainKey("posts/later/index.html");
            Path first = edit(site.root(), "content/posts/first.md", "Read this first.", "Do read this first.");

            RebuildResult result = rebuilder.rebuild(List.of(first), after);

            assertThat(result.changedFiles()).contains("posts/later/index.html", "index.html",
                    "tags/java/index.html");
        }
    }

    @Test
    void feedWorkThatANewerSaveMadeUselessStopsWhenCancelledAndLeavesTheStateAlone() throws Exception {
        TestSite site = TestSite.of(SITE);
        try (Rebuilder rebuilder = new Rebuilder(BuildOptions.of(site.root(), NOW))) {
            rebuilder.full(NOW);
            rebuilder.finish();
            Path first = edit(site.root(), "content/posts/first.md", "Read this first.", "Do read this first.");
            RebuildResult result = rebuilder.rebuild(List.of(first), NOW);
            Rebuilder.Work work = rebuilder.pendingWork().orElseThrow();

            work.cancel();

            assertThatThrownBy(work::make).isInstanceOf(java.util.concurrent.CancellationException.class);
            // Not taken: the feeds are made again by the next finish.
            assertThat(rebuilder.finish().orElseThrow().changedFiles()).contains("atom.xml");
            assertThat(result.changedFiles()).containsExactly("posts/first/index.html");
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
