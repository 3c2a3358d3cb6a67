package dev.kiln.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.BuildOptions;
import dev.kiln.build.Builder;
import dev.kiln.build.TestSite;
import dev.kiln.site.Site;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static final String SITE = """
            -- kiln.yaml --
            title: Search
            language: en
            -- content/posts/title.md --
            ---
            title: Tuning Kubernetes probes
            date: 2024-03-01
            tags: [ops]
            ---
            A short note.
            -- content/posts/body.md --
            ---
            title: Something else
            date: 2024-03-02
            tags: [misc]
            ---
            Kubernetes here, kubernetes there, kubernetes everywhere: kubernetes.
            -- content/posts/tagged.md --
            ---
            title: Another post
            date: 2024-03-03
            tags: [kubernetes]
            ---
            Nothing about it in the text.
            -- content/posts/draft.md --
            ---
            title: Secret kubernetes draft
            date: 2024-03-04
            draft: true
            ---
            Draft text with zeppelin.
            -- content/posts/future.md --
            ---
            title: Future kubernetes post
            date: 2099-03-04
            ---
            Future text with zeppelin.
            -- content/about.md --
            ---
            title: About
            ---
            About kubernetes.
            """;

    @Test
    void writesAManifestFragmentsAndResultFilesForThePublishedPosts() {
        var site = TestSite.of(SITE).build();
        IndexFiles index = new IndexFiles(site.output());

        assertThat(index.manifest()).containsEntry("lang", "en").containsEntry("plurals", true);
        assertThat(index.manifest().get("docs").toString()).isEqualTo("3");
        assertThat(index.chunks()).isNotEmpty();
        // Oldest first, so that a new post does not renumber the others.
        assertThat(index.doc(0)).containsEntry("t", "Tuning Kubernetes probes").containsEntry("u", "/posts/title/")
                .containsEntry("d", "1 March 2024").containsEntry("i", "2024-03-01T00:00Z");
        assertThat(index.manifest().get("per").toString()).isEqualTo(String.valueOf(SearchIndexer.PER));
        assertThat(site.exists("search/d/0.json")).isTrue();
        assertThat(site.exists("search/d/1.json")).isFalse();
        // No copy of the text in the index: a snippet comes from the result's own page.
        assertThat(index.doc(1)).doesNotContainKey("x");
        assertThat(site.html("/posts/body/").select("[data-kiln-search-text]").text())
                .isEqualTo("Kubernetes here, kubernetes there, kubernetes everywhere: kubernetes.");
    }

    @Test
    void draftsFuturePostsAndPagesOutsideTheSectionsAreNotIndexed() {
        var site = TestSite.of(SITE).build();
        IndexFiles index = new IndexFiles(site.output());

        assertThat(index.postings("zeppelin")).isEmpty();
        assertThat(index.titlesFor("kubernete")).containsExactlyInAnyOrder("Tuning Kubernetes probes",
                "Something else", "Another post");
    }

    @Test
    void titleMatchesRankAboveTagMatchesAboveBodyMatches() {
        var site = TestSite.of(SITE).build();

        assertThat(new IndexFiles(site.output()).titlesFor("kubernete"))
                .containsExactly("Tuning Kubernetes probes", "Another post", "Something else");
    }

    @Test
    void fragmentsCoverSortedTermRangesAndAreNamedByTheirContent() throws Exception {
        var site = TestSite.of(SITE).build();
        IndexFiles index = new IndexFiles(site.output());

        List<String> firsts = index.chunks().stream().map(c -> (String) c.get(0)).toList();
        assertThat(firsts).isSorted();
        for (List<Object> c : index.chunks()) {
            byte[] bytes = Files.readAllBytes(site.output().resolve("search/t/" + c.get(1) + ".json"));
            assertThat(c.get(1)).isEqualTo(dev.kiln.source.Checksum.of(bytes));
        }
    }

    @Test
    void theSameSiteGivesTheSameIndexBytes() throws Exception {
        var first = TestSite.of(SITE).build();
        var second = TestSite.of(SITE).build();

        assertThat(first.file("search/index.json")).isEqualTo(second.file("search/index.json"));
    }

    @Test
    void theIndexIsTheSameWhateverOrderItsEntriesAreAnalysedIn() throws Exception {
        Site site = generatedSite(TestSite.of(SITE));
        SearchIndexer.Making inOrder = SearchIndexer.start(site).orElseThrow();
        SearchIndexer.Making reversed = SearchIndexer.start(site).orElseThrow();

        List<Runnable> forward = inOrder.analyses();
        forward.forEach(Runnable::run);
        List<Runnable> backwards = new ArrayList<>(reversed.analyses());
        Collections.reverse(backwards);
        backwards.forEach(Runnable::run);

        assertThat(forward).hasSize(3);
        List<String> a = inOrder.indexFiles(Runnable::run).stream().map(f -> f.path() + "\n" + new String(f.bytes())).toList();
        List<String> b = reversed.indexFiles(Runnable::run).stream().map(f -> f.path() + "\n" + new String(f.bytes())).toList();
        assertThat(b).isEqualTo(a);
        assertThat(a).anyMatch(f -> f.startsWith("search/t/") && f.contains("kubernet"));
    }

    @Test
    void entriesAnalysedOnManyThreadsAtOnceGiveTheSameIndexAsOneThread() throws Exception {
        StringBuilder files = new StringBuilder("-- kiln.yaml --\ntitle: Many\nlanguage: en\n");
        String[] words = {"probe", "kernel", "latency", "cache", "queue", "shard", "replica", "index"};
        for (int i = 0; i < 120; i++) {
            files.append("-- content/posts/p").append(i).append(".md --\n---\ntitle: Post ").append(i)
                    .append(' ').append(words[i % words.length]).append("\ndate: ")
                    .append(java.time.LocalDate.of(2024, 1, 1).plusDays(i)).append("\n---\n");
            for (int w = 0; w <= i % 17; w++) files.append(words[(i * 7 + w) % words.length]).append(" word").append(w).append(' ');
            files.append('\n');
        }
        Site site = generatedSite(TestSite.of(files.toString()));
        SearchIndexer.Making oneThread = SearchIndexer.start(site).orElseThrow();
        SearchIndexer.Making manyThreads = SearchIndexer.start(site).orElseThrow();
        oneThread.analyses().forEach(Runnable::run);

        List<Runnable> jobs = new ArrayList<>(manyThreads.analyses());
        Collections.shuffle(jobs, new java.util.Random(7));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int from = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int j = from; j < jobs.size(); j += 8) jobs.get(j).run();
                    return null;
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }

        assertThat(jobs).hasSize(120);
        List<String> a = oneThread.indexFiles(Runnable::run).stream().map(f -> f.path() + "\n" + new String(f.bytes())).toList();
        List<String> b = manyThreads.indexFiles(Runnable::run).stream().map(f -> f.path() + "\n" + new String(f.bytes())).toList();
        assertThat(b).isEqualTo(a);
        assertThat(a).anyMatch(f -> f.startsWith("search/t/") && f.contains("\"replica\""));
    }

    private static Site generatedSite(TestSite site) throws Exception {
        try (Builder builder = new Builder()) {
            return builder.generate(BuildOptions.of(site.root(), TestSite.NOW)).site();
        }
    }

    @Test
    void everyPageHasASearchFormThatWorksWithoutJavaScript() {
        var site = TestSite.of(SITE).build();

        for (String url : List.of("/", "/posts/title/", "/tags/", "/about/")) {
            Document page = site.html(url);
            assertThat(page.select("header form[role=search]").attr("action")).as(url).isEqualTo("/search/");
            assertThat(page.select("header form[role=search] input[name=q]")).as(url).hasSize(1);
            assertThat(page.select("script[src=/js/search.js]")).as(url).hasSize(1);
        }
        Document search = site.html("/search/");
        assertThat(search.select("h1").text()).isEqualTo("Search");
        assertThat(search.select("main form[data-kiln-search-page]").attr("data-kiln-search"))
                .isEqualTo("/search/index.json");
        // Without JavaScript the page points at the archive and the taxonomy indexes.
        String noscript = search.select("noscript").html();
        assertThat(noscript).contains("href=\"/archive/\"").contains("href=\"/tags/\"");
        assertThat(site.exists("js/search.js")).isTrue();
    }

    @Test
    void aBasePathReachesTheFormAndTheResultLinks() {
        var site = TestSite.of(SITE.replace("title: Search\n", "title: Search\nbase_url: https://x.org/blog/\n")).build();

        assertThat(site.html("/").select("header form[role=search]").attr("action")).isEqualTo("/blog/search/");
        assertThat(new IndexFiles(site.output()).doc(0)).containsEntry("u", "/blog/posts/title/");
    }

    @Test
    void searchOffMeansNoPageNoIndexAndNoBox() {
        var site = TestSite.of(SITE.replace("language: en\n", "language: en\nsearch: false\n")).build();

        assertThat(site.exists("search/index.html")).isFalse();
        assertThat(site.exists("search/index.json")).isFalse();
        assertThat(site.html("/").select("form[role=search]")).isEmpty();
    }

    @Test
    void sectionsAndFieldWeightsComeFromTheConfig() {
        var site = TestSite.of(SITE.replace("language: en\n", """
                language: en
                search:
                  sections: [posts, pages]
                  fields:
                    title: 1
                    tags: 0
                    body: 20
                """)).build();
        IndexFiles index = new IndexFiles(site.output());

        assertThat(index.titlesFor("kubernete")).containsExactly("Something else", "About", "Tuning Kubernetes probes");
        assertThat(index.doc(3)).containsEntry("t", "About").containsEntry("i", "");
    }

    @Test
    void aMistypedSearchSettingIsAWarningNamingTheRightOne() {
        var site = TestSite.of(SITE.replace("language: en\n", "language: en\nsearch:\n  enabeld: false\n")).build();

        assertThat(site.report().diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("config.unknown-key");
            assertThat(d.hint()).contains("search.enabled");
        });
        assertThat(site.exists("search/index.json")).isTrue();
    }

    @Test
    void accentsCjkAndEmojiAreIndexedWithoutBreakingAnything() {
        var site = TestSite.of("""
                -- content/posts/unicode.md --
                ---
                title: "Élodie's café 🚀 東京"
                date: 2024-05-01
                tags: [naïve]
                ---
                Straße, 𠮷野家 and 👋🏽 emoji with ZWJ 👩‍💻.
                """).build();
        IndexFiles index = new IndexFiles(site.output());

        for (String term : List.of("elodie", "cafe", "東", "京", "naive", "strasse", "𠮷", "野")) {
            assertThat(index.postings(term)).as(term).containsOnlyKeys(0);
        }
        assertThat((String) index.doc(0).get("t")).isEqualTo("Élodie's café 🚀 東京");
        assertThat(Map.copyOf(index.manifest())).containsKey("stop");
    }
}
