package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {
    @Test
    void keepsTheWordsOfRenderedMarkdownAndDecodesCharacterReferences() {
        String html = "<h2 id=\"x\">Tips &amp; tricks</h2>\n<p>Use <code>a&lt;b</code> in co<em>op</em> mode&#8212;or&#x21;</p>"
                + "<script>var hidden = 1;</script><ul><li>one</li><li>two</li></ul>";
        assertThat(PlainText.of(html)).isEqualTo("Tips & tricks Use a<b in coop mode—or! one two");
    }

    @Test
    void leavesUnknownOrBrokenReferencesAsText() {
        assertThat(PlainText.of("<p>R&D &bogus; &#xZZ; 5 &lt 6</p>")).isEqualTo("R&D &bogus; &#xZZ; 5 &lt 6");
    }

    @Test
    void dropsHeadingPermalinksButKeepsOtherLinks() {
        String html = "<h2 id=\"a\">Spans <a class=\"anchor\" href=\"#a\" aria-label=\"Link\">#</a></h2>"
                + "<p>See <a href=\"/x/\">the docs</a>.</p>";
        assertThat(PlainText.of(html)).isEqualTo("Spans See the docs.");
    }
}
