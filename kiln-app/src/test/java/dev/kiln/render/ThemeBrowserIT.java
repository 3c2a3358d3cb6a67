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
