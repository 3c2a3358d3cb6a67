package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BlocksTest {
    private final Rendering rendering = Rendering.withDefaults();

    @Test
    void footnotesRenderAsANumberedSectionWithBackLinks() {
        Document html = rendering.html("Claim[^src] and another[^2].\n\n[^src]: The source.\n[^2]: Second.\n");

        assertThat(html.select("sup.footnote-ref a").eachAttr("href")).containsExactly("#fn-src", "#fn-2");
        assertThat(html.select("section.footnotes li").eachAttr("id")).containsExactly("fn-src", "fn-2");
        assertThat(html.select("section.footnotes a.footnote-backref").eachAttr("href"))
                .containsExactly("#fnref-src", "#fnref-2");
    }

    @Test
    void tablesRenderWithAlignment() {
        Document html = rendering.html("| a | b |\n|:--|--:|\n| 1 | 2 |\n");

        assertThat(html.select("table thead th").eachText()).containsExactly("a", "b");
        assertThat(html.select("table tbody td").eachAttr("align")).containsExactly("left", "right");
    }

    @Test
    void taskListItemsRenderAsDisabledCheckboxes() {
        Document html = rendering.html("- [ ] todo\n- [x] done\n");

        assertThat(html.select("li input[type=checkbox][disabled]")).hasSize(2);
        assertThat(html.select("li input[checked]").parents().first().text()).isEqualTo("done");
    }

    @Test
    void strikethroughRendersAsDel() {
        assertThat(rendering.render("~~gone~~ kept\n").html()).isEqualTo("<p><del>gone</del> kept</p>\n");
    }

    @Test
    void bareUrlsBecomeLinks() {
        assertThat(rendering.render("see www.example.com now\n").html())
                .isEqualTo("<p>see <a href=\"http://www.example.com\">www.example.com</a> now</p>\n");
    }

    @Test
    void rawHtmlPassesThrough() {
        assertThat(rendering.render("<div class=\"note\">\n\n*hi*\n\n</div>\n").html())
                .isEqualTo("<div class=\"note\">\n<p><em>hi</em></p>\n</div>\n");
    }

    @Test
    void fencedCodeWithALanguageIsEscapedAndLabelled() {
        String html = rendering.render("```yaml title=\"x\"\nkey: <value> & more\n```\n").html();

        assertThat(html).isEqualTo("<pre class=\"code\" data-lang=\"yaml\"><code class=\"language-yaml\">"
                + "key: &lt;value&gt; &amp; more\n</code></pre>\n");
    }

    @Test
    void fencedCodeWithoutALanguageIsPlain() {
        assertThat(rendering.render("```\na < b\n```\n").html()).isEqualTo("<pre><code>a &lt; b\n</code></pre>\n");
    }

    @Test
    void theHighlighterRendersTheLanguagesItKnows() {
        CodeHighlighter yamlOnly = (language, code) -> language.equals("yaml")
                ? Optional.of("<span class=\"k\">key</span>")
                : Optional.empty();
        Rendering highlighted = Rendering.with(new MarkdownOptions(true, yamlOnly));

        assertThat(highlighted.render("```yaml\nkey\n```\n").html())
                .contains("<code class=\"language-yaml\"><span class=\"k\">key</span></code>");
        assertThat(highlighted.render("```go\na<b\n```\n").html())
                .contains("<code class=\"language-go\">a&lt;b\n</code>");
    }
}
