package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the CommonMark 0.31.2 spec through the parser Kiln ships (same extensions, same
 * limits, same HTML settings), rendered without Kiln's own output changes (heading ids, anchors,
 * code block shape), which the spec does not know about.
 */
class CommonMarkSpecTest {
    private static final Parser PARSER = CommonMarkSetup.parser();
    private static final Parser WITHOUT_SPANS = CommonMarkSetup.parserWithoutSpans();
    private static final HtmlRenderer HTML = CommonMarkSetup.htmlRenderer().build();

    /**
     * Examples whose bare URL or e-mail address the GFM autolink extension (which Kiln enables on
     * purpose, as GitHub does) turns into a link, where plain CommonMark keeps text. Not a parser
     * deviation: the GFM spec runs these examples with its extensions off.
     */
    private static final Set<Integer> LINKED_BY_GFM_AUTOLINK = Set.of(602, 606, 608, 611, 612);

    static List<SpecExample> examples() {
        return SpecExample.load("conformance/commonmark/spec-0.31.2.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersLikeTheSpec(SpecExample example) {
        String actual = HTML.render(PARSER.parse(example.markdown()));
        assertThat(HTML.render(WITHOUT_SPANS.parse(example.markdown()))).as("parsed without source spans")
                .isEqualTo(HTML.render(PARSER.parse(example.markdown())));
        if (LINKED_BY_GFM_AUTOLINK.contains(example.number())) {
            assertThat(actual).as("GFM autolink adds a link here").isNotEqualTo(example.html()).contains("<a href=");
            actual = actual.replaceAll("<a href=\"[^\"]*\">([^<]*)</a>", "$1");
        }
        // The input on both sides makes a failure show which Markdown produced the difference.
        assertThat(example.markdown() + "\n=>\n" + actual).isEqualTo(example.markdown() + "\n=>\n" + example.html());
    }
}
