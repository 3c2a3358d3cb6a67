package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extension examples of the GFM 0.29 spec (tables, strikethrough, extended autolinks, task
 * lists) through Kiln's parser. Compared as HTML with attribute order ignored, as the spec's own
 * test runner does: commonmark-java writes {@code type} before {@code disabled} on task checkboxes.
 */
class GfmSpecTest {
    private static final Parser PARSER = CommonMarkSetup.parser();
    private static final Parser WITHOUT_SPANS = CommonMarkSetup.parserWithoutSpans();
    private static final HtmlRenderer HTML = CommonMarkSetup.htmlRenderer().build();

    /** Where commonmark-java 0.28's autolink extension (autolink-java 0.12) differs from GFM. */
    private static final Map<Integer, String> KNOWN_DEVIATIONS = Map.of(
            625, "a URL ending in unbalanced ')' keeps one ')' too few: (business))+ok stops at (business)",
            626, "a trailing entity-like '&hl;' is not excluded from the link",
            631, "an e-mail domain ending in '-' or '_' is still linked");

    static List<SpecExample> examples() {
        return SpecExample.load("conformance/gfm/gfm-spec-0.29.json").stream()
                .filter(e -> !e.extensions().isEmpty())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersLikeTheGfmSpec(SpecExample example) {
        Assumptions.assumeFalse(example.extensions().contains("tagfilter"),
                "tagfilter (GitHub escaping <script>, <iframe>, <textarea> … in raw HTML) is not implemented"
                        + " by commonmark-java; Kiln passes raw HTML through as CommonMark specifies");
        String actual = sortedAttributes(HTML.render(PARSER.parse(example.markdown())));
        assertThat(HTML.render(WITHOUT_SPANS.parse(example.markdown()))).as("parsed without source spans")
                .isEqualTo(HTML.render(PARSER.parse(example.markdown())));
        String expected = sortedAttributes(example.html());
        String deviation = KNOWN_DEVIATIONS.get(example.number());
        if (deviation != null) {
            assertThat(actual).as("known deviation fixed? remove it from KNOWN_DEVIATIONS").isNotEqualTo(expected);
            Assumptions.abort("known commonmark-java deviation: " + deviation);
        }
        assertThat(example.markdown() + "\n=>\n" + actual).isEqualTo(example.markdown() + "\n=>\n" + expected);
    }

    private static String sortedAttributes(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element e : doc.body().getAllElements()) {
            List<Attribute> attributes = new ArrayList<>(e.attributes().asList());
            attributes.sort(Comparator.comparing(Attribute::getKey));
            attributes.forEach(a -> e.removeAttr(a.getKey()));
            attributes.forEach(a -> e.attr(a.getKey(), a.getValue()));
        }
        return doc.body().html();
    }
}
