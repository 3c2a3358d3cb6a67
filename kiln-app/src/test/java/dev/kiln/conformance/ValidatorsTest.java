package dev.kiln.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The validators against the good and bad samples of shared/conformance/samples: each good one
 * passes, each bad one gives the errors VALIDATORS.md documents (so none of them can pass by not
 * looking).
 */
class ValidatorsTest {

    @Test
    void htmlValidatorChecksAWholeFolderInOneRunAndReportsOnlyTheInvalidPage() {
        // The samples folder also holds feeds and sitemaps: they must be skipped, not parsed as HTML.
        Path samples = SharedFiles.conformance("samples");

        List<HtmlMessage> messages = HtmlValidator.validate(samples);

        assertThat(messages).extracting(HtmlMessage::file).containsOnly("page-invalid.html");
        assertThat(messages).extracting(m -> m.line() + ":" + m.column())
                .contains("8:1", "10:30");
        assertThat(messages).extracting(HtmlMessage::message)
                .anyMatch(m -> m.contains("must have an “alt” attribute"))
                .anyMatch(m -> m.contains("Duplicate ID “dup”"));
        assertThat(messages.get(0).toString()).startsWith("page-invalid.html:");
    }

    @Test
    void atomValidatorAcceptsTheValidFeedAndPointsAtEachProblemOfTheInvalidOne() {
        Path valid = SharedFiles.conformance("samples/atom-valid.xml");
        Path invalid = SharedFiles.conformance("samples/atom-invalid.xml");

        assertThat(AtomValidator.validate(List.of(valid))).isEmpty();
        assertThat(AtomValidator.validate(List.of(valid, invalid)))
                .allMatch(e -> e.startsWith(invalid + ":"))
                .anyMatch(e -> e.startsWith(invalid + ":5:53: error: character content of element \"updated\" invalid"))
                .anyMatch(e -> e.startsWith(invalid + ":6:10: error: element \"entry\" not allowed yet; missing required element \"id\""))
                .anyMatch(e -> e.startsWith(invalid + ":9:31: error: text not allowed here; expected element \"ns:div\""));
    }

    @Test
    void sitemapValidatorPicksTheSchemaByRootElementAndReportsEachBadValue() {
        Path valid = SharedFiles.conformance("samples/sitemap-valid.xml");
        Path index = SharedFiles.conformance("samples/sitemapindex-valid.xml");
        Path invalid = SharedFiles.conformance("samples/sitemap-invalid.xml");

        assertThat(SitemapValidator.validate(List.of(valid, index))).isEmpty();
        List<String> errors = SitemapValidator.validate(List.of(invalid, valid));
        assertThat(errors).hasSize(4).allMatch(e -> e.startsWith(invalid + ":"));
        assertThat(errors.get(0)).startsWith(invalid + ":5: element lastmod").contains("'18 Nov 2024'");
        assertThat(errors.get(1)).startsWith(invalid + ":6: element changefreq").contains("'sometimes'");
        assertThat(errors.get(2)).startsWith(invalid + ":7: element priority").contains("'1.5'");
        assertThat(errors.get(3)).startsWith(invalid + ":10: element lastmod").contains("Expected is ( {http://www.sitemaps.org/schemas/sitemap/0.9}loc )");
    }

    @Test
    void jsonFeedValidatorAcceptsTheValidFeedsAndListsEveryErrorOfTheInvalidOne() throws IOException {
        Path valid = SharedFiles.conformance("samples/feed-valid.json");
        Path invalid = SharedFiles.conformance("samples/feed-invalid.json");
        List<Path> examples;
        try (Stream<Path> files = Files.list(SharedFiles.conformance("jsonfeed/examples"))) {
            examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        List<Path> allValid = Stream.concat(Stream.of(valid), examples.stream()).toList();

        assertThat(examples).isNotEmpty();
        assertThat(JsonFeedValidator.validate(allValid)).isEmpty();
        assertThat(JsonFeedValidator.validate(List.of(valid, invalid))).contains(
                invalid + ": data/author must be object",
                invalid + ": data/items/0 must have required property 'content_html'",
                invalid + ": data/items/0 must match exactly one schema in oneOf",
                invalid + ": data/items/0 must have required property 'id'",
                invalid + ": data/items/0/date_published must match format \"date-time\"",
                invalid + ": data/items/0/tags must NOT have duplicate items (items ## 1 and 0 are identical)")
                .allMatch(e -> e.startsWith(invalid + ": "));
    }

    @Test
    void jsonFeedValidatorReportsAFileThatIsNotJsonInsteadOfPassingIt() {
        Path html = SharedFiles.conformance("samples/page-valid.html");

        assertThat(JsonFeedValidator.validate(List.of(html))).singleElement().asString()
                .startsWith(Tools.require(Tool.AJV) + " exited 2");
    }
}
