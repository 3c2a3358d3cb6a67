package dev.kiln.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.Shared;
import dev.kiln.build.TestSite;
import dev.kiln.conformance.Tool;
import dev.kiln.conformance.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The example blog in real headless Chromium: home and a post with a wide table and code, on a
 * phone and a desktop, light and dark. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeBrowserIT {
    private StaticServer server;
    private ChromeDriver browser;

    @BeforeAll
    void buildServeAndOpen(@TempDir Path tmp) throws Exception {
        Path chromium = Tools.require(Tool.CHROMIUM);
        Path chromedriver = Tools.require(Tool.CHROMEDRIVER);
        Path out = tmp.resolve("out");
        var site = TestSite.at(Shared.repo().resolve("example")).options(o -> o.withOutput(out)).build();
        assertThat(site.report().failed()).isFalse();
        server = StaticServer.serve(out);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @ParameterizedTest(name = "{0} at {1} px, {2}")
    @CsvSource({
            "home, 375, light", "home, 375, dark", "home, 1280, light", "home, 1280, dark",
            "post, 375, light", "post, 375, dark", "post, 1280, light", "post, 1280, dark"})
    void readsWithoutHorizontalScrollingAndShowsItsHeading(String page, int width, String scheme) throws Exception {
        String path = page.equals("home") ? "/" : "/posts/config-formats-side-by-side/";
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        browser.get(server.url(path));

        long scrollWidth = number("return document.documentElement.scrollWidth");
        long innerWidth = number("return window.innerWidth");
        assertThat(innerWidth).isEqualTo(width);
        assertThat(scrollWidth).as("page width at %d px", width).isLessThanOrEqualTo(innerWidth);
        List<WebElement> h1 = browser.findElements(By.tagName("h1"));
        assertThat(h1).hasSize(1);
        assertThat(h1.get(0).isDisplayed()).isTrue();
        assertThat(h1.get(0).getRect().getWidth()).isBetween(1, width);
        assertThat(h1.get(0).getText()).isNotBlank();
        assertThat(browser.executeScript("return getComputedStyle(document.body).backgroundColor"))
                .isEqualTo(scheme.equals("dark") ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)");

        screenshot(page + "-" + width + "-" + scheme);
    }

    /**
     * The bundle post's chart loads through its {@code srcset} (or the WebP {@code <source>}'s),
     * and its box has its final size before the image arrives: width and height are in the HTML,
     * and no layout shift is recorded while the page loads.
     */
    @org.junit.jupiter.api.Test
    void aBundlePostsImageLoadsFromItsSrcsetWithoutShiftingTheLayout() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        // Runs before the page's own HTML: records layout shifts, and the image's box when the DOM is ready.
        Object script = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__shift = 0;
                new PerformanceObserver(list => { for (const e of list.getEntries()) window.__shift += e.value; })
                    .observe({type: 'layout-shift', buffered: true});
                document.addEventListener('DOMContentLoaded', () => {
                    const img = document.querySelector('article .content img');
                    window.__early = img ? img.getBoundingClientRect().height : -1;
                });
                """)).get("identifier");
        try {
            browser.get(server.url("/posts/build-cache-dashboard/"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                    .until(d -> Boolean.TRUE.equals(browser.executeScript(
                            "const i = document.querySelector('article .content img'); return i.complete && i.naturalWidth > 0")));

            WebElement img = browser.findElement(By.cssSelector("article .content img"));
            assertThat(img.getDomAttribute("width")).isEqualTo("1600");
            assertThat(img.getDomAttribute("height")).isEqualTo("900");
            String currentSrc = (String) browser.executeScript("return document.querySelector('article .content img').currentSrc");
            List<String> candidates = new java.util.ArrayList<>();
            for (WebElement e : browser.findElements(By.cssSelector("article .content picture source, article .content img"))) {
                for (String c : e.getDomAttribute("srcset").split(",")) candidates.add(server.url(c.trim().split(" ")[0]));
            }
            assertThat(candidates).as("srcset candidates").hasSizeGreaterThan(2);
            assertThat(currentSrc).isIn(candidates);
            assertThat(number("return document.querySelector('article .content img').naturalWidth")).isGreaterThan(0);
            double early = ((Number) browser.executeScript("return window.__early")).doubleValue();
            double late = ((Number) browser.executeScript(
                    "return document.querySelector('article .content img').getBoundingClientRect().height")).doubleValue();
            assertThat(early).as("the image's height before it loaded").isEqualTo(late);
            assertThat(((Number) browser.executeScript("return window.__shift")).doubleValue()).isZero();
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
    }

    private long number(String script) {
        return ((Number) browser.executeScript(script)).longValue();
    }

    /** The first screen, then the whole page (the viewport grows to the page's height). */
    private void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name + "-screen.png"), browser.getScreenshotAs(OutputType.BYTES));
        long height = Math.min(number("return document.documentElement.scrollHeight"), 6000);
        long width = number("return window.innerWidth");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        Files.write(folder.resolve(name + "-page.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
