package dev.kiln.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.BuildOptions;
import dev.kiln.build.TestSite;
import dev.kiln.conformance.Browser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** kiln serve in real headless Chromium: edits show up by themselves, errors as an overlay. */
class LiveReloadIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SITE = """
            -- kiln.yaml --
            title: Live
            -- content/posts/first.md --
            ---
            title: First
            date: 2025-03-01
            ---
            The original sentence.
            """ + "\nFiller paragraph to make the page scroll.\n".repeat(80) + """

            The last paragraph.
            """;

    private static Browser browser;
    private static TestSite site;
    private static DevServer server;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        site = TestSite.of(SITE);
        server = DevServer.start(BuildOptions.of(site.root(), TestSite.NOW), "127.0.0.1", 0,
                Clock.fixed(TestSite.NOW, ZoneOffset.UTC), new PrintWriter(new StringWriter()));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (browser != null) browser.close();
    }

    @Test
    void anEditAppearsWithoutAReloadAnErrorShowsAnOverlayAndAFixBringsThePageBack() throws Exception {
        Path post = site.root().resolve("content/posts/first.md");
        browser.open(server.url().resolve("/posts/first/").toString());
        assertThat(text()).contains("The original sentence.");
        browser.waitFor(WAIT, "the live-reload stream to open", d -> server != null && browser.js(
                "return typeof EventSource !== 'undefined' && document.readyState === 'complete'").equals(true));
        Thread.sleep(500); // the EventSource connects after load
        browser.js("window.scrollTo(0, 600)");

        Files.writeString(post, Files.readString(post).replace("The original sentence.", "The edited sentence."));
        browser.waitFor(WAIT, "the edited text", d -> text().contains("The edited sentence."));
        browser.waitFor(WAIT, "the scroll position restored",
                d -> ((Number) browser.js("return window.scrollY")).intValue() >= 550);

        Files.writeString(post, Files.readString(post).replace("date: 2025-03-01", "date: 2025-02-30"));
        String overlay = browser.waitFor(WAIT, "the error overlay", d -> {
            var found = d.findElements(By.id("kiln-overlay"));
            return found.isEmpty() ? null : found.get(0).getText();
        });
        assertThat(overlay).contains("content/posts/first.md:3:").contains("date: 2025-02-30");
        assertThat(text()).contains("The edited sentence."); // the last good page stays

        Files.writeString(post, Files.readString(post).replace("date: 2025-02-30", "date: 2025-03-01")
                .replace("The edited sentence.", "The fixed sentence."));
        browser.waitFor(WAIT, "the fixed page without overlay", d -> text().contains("The fixed sentence.")
                && d.findElements(By.id("kiln-overlay")).isEmpty());
    }

    /**
     * The page's text, read in one step: finding the body and then asking for its text raced with
     * the live reload swapping it in between ("Node with given id does not belong to the document").
     */
    private static String text() {
        return String.valueOf(browser.js("return document.body ? document.body.innerText : ''"));
    }
}
