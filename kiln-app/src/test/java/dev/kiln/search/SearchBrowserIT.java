package dev.kiln.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.Shared;
import dev.kiln.build.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search as a reader uses it, in headless Chromium, on the example blog and a 1,000-post corpus. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserIT {
    private Path tmp;
    private Browser browser;
    private SiteServer example;
    private SiteServer corpus;
    private SiteServer unicode;
    private Path corpusSite;

    @BeforeAll
    void buildServeAndOpenABrowser() throws Exception {
        browser = new Browser();
        tmp = Files.createTempDirectory("kiln-search-it-");
        var built = TestSite.at(Shared.repo().resolve("example")).options(o -> o.withOutput(tmp.resolve("example"))).build();
        assertThat(built.report().failed()).isFalse();
        example = new SiteServer(built.output());
        corpusSite = Corpus.generate(1000, 1, tmp.resolve("corpus"));
        var big = TestSite.at(corpusSite).options(o -> o.withOutput(tmp.resolve("corpus-out"))).build();
        assertThat(big.report().failed()).isFalse();
        corpus = new SiteServer(big.output());
        var small = TestSite.of("""
                -- kiln.yaml --
                language: de
                -- content/posts/cafe.md --
                ---
                title: "Élodies Café am Fluss 🚀"
                date: 2024-05-01
                ---
                Die Straße nach 東京 ist lang 👩‍💻.
                -- content/posts/other.md --
                ---
                title: "Ein anderer Beitrag"
                date: 2024-05-02
                ---
                Nichts davon.
                """).options(o -> o.withOutput(tmp.resolve("unicode"))).build();
        unicode = new SiteServer(small.output());
    }

    @AfterAll
    void close() {
        if (browser != null) browser.close();
        if (example != null) example.close();
        if (corpus != null) corpus.close();
        if (unicode != null) unicode.close();
        if (tmp != null) Corpus.delete(tmp);
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    private List<WebElement> results(String formSelector) {
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d ->
                !d.findElements(By.cssSelector(formSelector + " .search-results li")).isEmpty()
                        || d.findElement(By.cssSelector(formSelector + " [role=status]")).getText().startsWith("No results"));
        return driver().findElements(By.cssSelector(formSelector + " .search-results li"));
    }

    /** The result titles, read in one step in the page: the list may be redrawn between two WebDriver calls. */
    @SuppressWarnings("unchecked")
    private List<String> titles(String formSelector) {
        results(formSelector);
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0] + ' .search-results li .search-title'))"
                        + ".map(e => e.innerText.trim());", formSelector);
    }

    @Test
    void aQueryInTheUrlRunsAtOnceAndFindsTheExamplePostByItsTitle() {
        driver().get(example.url("/search/?q=gc+logs"));

        List<String> titles = titles("main form");
        assertThat(titles).first().isEqualTo("Reading GC Logs in Five Minutes");
        assertThat(driver().findElement(By.id("search-q")).getAttribute("value")).isEqualTo("gc logs");
        WebElement first = results("main form").get(0);
        assertThat(first.findElements(By.cssSelector(".search-title mark")).stream().map(WebElement::getText))
                .containsExactly("GC", "Logs");
        assertThat(first.findElement(By.cssSelector("time")).getAttribute("datetime")).startsWith("20");
        assertThat(first.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void tagMatchesRankAboveBodyMatchesAndPrefixesFindLongerWords() {
        driver().get(example.url("/search/?q=kubernetes"));
        List<String> titles = titles("main form");
        // The three posts tagged kubernetes come before any post that only mentions it.
        assertThat(titles.subList(0, 3)).containsExactlyInAnyOrder("A Practical Tour of Distributed Tracing",
                "Sizing the JVM Heap Inside a Container", "Readiness, Liveness and Startup Probes Without Tears");

        driver().get(example.url("/search/?q=reproduc"));
        assertThat(titles("main form")).first().isEqualTo("Reproducible Builds with Maven, Step by Step");
    }

    @Test
    void typingInTheHeaderBoxShowsResultsOnceTheReaderPauses() {
        driver().get(example.url("/posts/kubernetes-probes/"));
        // A click on the text gives the page the keyboard focus, as a reader's would.
        new Actions(driver()).click(driver().findElement(By.tagName("h1"))).sendKeys("/").perform();
        WebElement input = driver().switchTo().activeElement();
        assertThat(input.getAttribute("id")).isEqualTo("site-search-q");

        input.sendKeys("structured logging");

        List<String> titles = titles("header form");
        assertThat(titles).first().isEqualTo("Structured Logging That Helps at 3 a.m.");
        // One search for the whole phrase, not one per key press.
        assertThat(driver().findElement(By.cssSelector("header form")).getAttribute("data-kiln-runs")).isEqualTo("1");
        assertThat(driver().findElement(By.id("site-search-results")).isDisplayed()).isTrue();

        // Escape closes the results; the page stays usable: the box still edits, a result still opens.
        input.sendKeys(Keys.ESCAPE);
        assertThat(driver().findElement(By.id("site-search-results")).isDisplayed()).isFalse();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "maven");
        new WebDriverWait(driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> titles("header form").get(0).contains("Maven"));
        results("header form").get(0).findElement(By.cssSelector("a")).click();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/posts/reproducible-maven-builds/"));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Reproducible Builds with Maven, Step by Step");
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void theSearchPageKeepsTheQueryInTheUrlSoSearchesCanBeLinked() {
        driver().get(example.url("/search/"));
        WebElement input = driver().findElement(By.id("search-q"));
        input.sendKeys("runbooks");

        assertThat(titles("main form")).first().isEqualTo("Writing Runbooks People Actually Use");
        assertThat(driver().getCurrentUrl()).endsWith("/search/?q=runbooks");
        assertThat(driver().findElement(By.cssSelector("main [role=status]")).getText()).contains("runbooks");
    }

    @Test
    void theBrowserFoldsQueriesLikeTheIndexAccentsCjkAndEmojiIncluded() {
        for (String q : List.of("elodie", "ÉLODIES", "cafe", "strasse", "東京", "fluss 🚀")) {
            driver().get(unicode.url("/search/?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(titles("main form")).as(q).containsExactly("Élodies Café am Fluss 🚀");
        }
        assertThat(results("main form").get(0).findElements(By.cssSelector(".search-title mark")).stream()
                .map(WebElement::getText)).containsExactly("Fluss");
        driver().get(unicode.url("/search/?q=die"));
        // "die" is a German stop word: it finds nothing rather than everything.
        assertThat(results("main form")).isEmpty();
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void aWordNoPostHoldsSaysSo() {
        driver().get(example.url("/search/?q=xylophone"));

        assertThat(results("main form")).isEmpty();
        assertThat(driver().findElement(By.cssSelector("main [role=status]")).getText()).startsWith("No results");
    }

    @Test
    void theCorpusFindsEachSampledPostByItsTitleFirst() throws Exception {
        List<Path> posts = Corpus.publishedPosts(corpusSite);
        for (int i = 0; i < posts.size(); i += posts.size() / 8) {
            String title = Corpus.title(posts.get(i));
            driver().get(corpus.url("/search/?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8)));
            // Generated titles repeat: the first hit is a post with exactly this title.
            assertThat(titles("main form")).as(title).first().isEqualTo(title);
        }
    }

    @Test
    void theCorpusRanksTitleHitsFirstForAOneWordQuery() throws Exception {
        driver().get(corpus.url("/search/?q=governance"));
        List<String> titles = titles("main form");
        assertThat(titles).hasSize(20);
        long inTitles = Corpus.publishedPosts(corpusSite).stream().filter(p -> {
            try {
                return Corpus.title(p).toLowerCase(Locale.ROOT).contains("governance");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).count();
        assertThat(inTitles).isPositive();
        assertThat(titles.subList(0, (int) Math.min(inTitles, 20)))
                .allSatisfy(t -> assertThat(t.toLowerCase(Locale.ROOT)).contains("governance"));
        // "More results" loads the next twenty.
        driver().findElement(By.cssSelector(".search-more")).click();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> results("main form").size() == 40);
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void aQueryDownloadsOnlyAFewSmallFiles() {
        driver().get(corpus.url("/"));
        corpus.drainLog();
        driver().get(corpus.url("/search/?q=kubernetes+latency+budget"));
        titles("main form");
        List<SiteServer.Request> index = corpus.drainLog().stream().filter(r -> r.path().startsWith("/search/")
                && r.path().endsWith(".json")).toList();
        long bytes = index.stream().mapToLong(SiteServer.Request::sentBytes).sum();
        assertThat(index).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(index.stream().filter(r -> r.path().startsWith("/search/t/"))).hasSizeLessThanOrEqualTo(6);
        assertThat(bytes).as("gzipped bytes of the index files fetched").isLessThan(300_000);
    }
}
