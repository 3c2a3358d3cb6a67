package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Kiln's guarded autolinks against commonmark-java's autolink extension run on every document. */
class BareLinksTest {
    private static final HtmlRenderer HTML = CommonMarkSetup.htmlRenderer().build();
    private static final Parser KILN = CommonMarkSetup.parser();
    private static final Parser ALWAYS = Parser.builder()
            .extensions(CommonMarkSetup.EXTENSIONS.stream()
                    .map(e -> e instanceof BareLinks ? (Extension) AutolinkExtension.create() : e)
                    .toList())
            .maxOpenBlockParsers(CommonMarkSetup.MAX_NESTING)
            .build();

    @ParameterizedTest
    @ValueSource(strings = {
            "see https://example.com/a?b=c now\n",
            "mail me at writer@example.org.\n",
            "visit www.example.com/path today\n",
            "an entity makes the at sign: user&#64;example.org\n",
            "an entity makes the colon: https&#58;//example.com\n",
            "escaped: www\\.example\\.com and a\\@b.io\n",
            "split by emphasis: *www*.example.com and www.*example*.com\n",
            "in a list:\n\n- one https://one.example\n- two\n\n> quoted two@example.net\n",
            "| a | b |\n|---|---|\n| https://cell.example | x |\n",
            "only in destinations: [a](https://example.com) and ![b](https://example.com/b.png)\n",
            "inside a link's text: [https://example.com](https://example.com)\n",
            "`https://code.example` and <https://angle.example>\n",
            "plain prose: a colon: no slashes, a dot. Wwwhat? WWW.EXAMPLE.COM\n",
            "footnote[^n]\n\n[^n]: with https://note.example inside\n",
    })
    void linksExactlyWhatTheExtensionLinks(String markdown) {
        assertThat(HTML.render(KILN.parse(markdown))).isEqualTo(HTML.render(ALWAYS.parse(markdown)));
    }

    @Test
    void onlyTextNodesAtAnyDepthAreLookedAtForWhereALinkCouldStart() {
        assertThat(BareLinks.mayHoldLinks(KILN.parse("[a](https://example.com) *b*: c. `www.x.y`\n"))).isFalse();
        for (String markdown : List.of("a **b https://c.d**\n", "- x\n  - y@z.io\n", "> *www.e.f*\n")) {
            assertThat(BareLinks.mayHoldLinks(KILN.parse(markdown))).as(markdown).isTrue();
        }
    }
}
