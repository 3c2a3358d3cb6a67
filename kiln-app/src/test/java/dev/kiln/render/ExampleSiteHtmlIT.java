package dev.kiln.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.Shared;
import dev.kiln.build.TestSite;
import dev.kiln.conformance.HtmlValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every HTML page the default theme renders for the bundled example blog is valid HTML. */
class ExampleSiteHtmlIT {
    @TempDir
    Path tmp;

    @Test
    void everyPageOfTheExampleBlogPassesTheNuHtmlChecker() throws IOException {
        Path out = tmp.resolve("out");
        var site = TestSite.at(Shared.repo().resolve("example")).options(o -> o.withOutput(out)).build();
        assertThat(site.report().failed()).as("%s", site.report().diagnostics()).isFalse();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(p -> p.toString().endsWith(".html")).count()).isGreaterThan(40);
        }

        assertThat(HtmlValidator.validate(out)).isEmpty();
    }
}
