package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HeadingsTest {
    private final Rendering rendering = Rendering.withDefaults();

    @Test
    void headingIdsAreSlugsOfTheirTextLikeGitHub() {
        Document html = rendering.html("""
                ## Hello, World!
                ## Café & *Crème* `brûlée`
                ## snake_case and kebab-case
                ## 日本語の見出し
                """);

        assertThat(html.select("h2").eachAttr("id"))
                .containsExactly("hello-world", "café--crème-brûlée", "snake_case-and-kebab-case", "日本語の見出し");
    }

    @Test
    void repeatedHeadingsGetNumberedIdsInDocumentOrder() {
        RenderedMarkdown md = rendering.render("""
                ## Setup
                ### Setup
                ## Setup 1
                ## Setup
                """);

        assertThat(md.headings()).extracting(Heading::id)
                .containsExactly("setup", "setup-1", "setup-1-1", "setup-2");
    }

    @Test
    void headingIdsAreStableAcrossRenders() {
        String body = "## A\n\ntext\n\n## B\n\n## A\n";

        assertThat(rendering.render(body)).isEqualTo(rendering.render(body));
    }

    @Test
    void aHeadingWithoutLettersGetsSection() {
        assertThat(rendering.render("## !!!\n\n## ?\n").headings()).extracting(Heading::id)
                .containsExactly("section", "section-1");
    }

    @Test
    void headingIdsNeverCollideWithFootnoteIds() {
        Document html = rendering.html("""
                ## Fn 1
                ## Fnref 1

                Text[^1].

                [^1]: A note.
                """);

        assertThat(html.select("h2").eachAttr("id")).containsExactly("section-fn-1", "section-fnref-1");
        assertThat(html.select("[id]").eachAttr("id")).doesNotHaveDuplicates().contains("fn-1", "fnref-1");
    }

    @Test
    void tableOfContentsListsH2ToH6WithPlainText() {
        RenderedMarkdown md = rendering.render("""
                # Big
                ## The *first* part
                ### A [linked](https://example.com) `code` bit
                #### Four
                ##### Five
                ###### Six
                """);

        assertThat(md.headings()).containsExactly(
                new Heading(2, "the-first-part", "The first part"),
                new Heading(3, "a-linked-code-bit", "A linked code bit"),
                new Heading(4, "four", "Four"),
                new Heading(5, "five", "Five"),
                new Heading(6, "six", "Six"));
    }

    @Test
    void h2ToH6GetASelfLinkAnchorWithAnAccessibleName() {
        Document html = rendering.html("# Top\n\n## Install it\n");

        assertThat(html.select("h1 a.anchor")).isEmpty();
        assertThat(html.select("h2").outerHtml()).isEqualTo(
                "<h2 id=\"install-it\">Install it <a class=\"anchor\" href=\"#install-it\""
                        + " aria-label=\"Link to the section “Install it”\">#</a></h2>");
    }

    @Test
    void anchorsCanBeTurnedOff() {
        Document html = Rendering.with(new MarkdownOptions(false, CodeHighlighter.NONE)).html("## Install\n");

        assertThat(html.select("h2").outerHtml()).isEqualTo("<h2 id=\"install\">Install</h2>");
    }

    @Test
    void aFirstH1EqualToTheTitleIsNotRendered() {
        RenderedMarkdown md = rendering.render("#   Cloud  Native\n\nBody text.\n", 1, "cloud native ", LinkResolver.KEEP_ALL);

        assertThat(md.html()).doesNotContain("<h1").contains("<p>Body text.</p>");
        assertThat(md.wordCount()).isEqualTo(2);
    }

    @Test
    void otherH1sAreRenderedAsWritten() {
        RenderedMarkdown differentText = rendering.render("# Another\n\ntext\n", 1, "Title", LinkResolver.KEEP_ALL);
        RenderedMarkdown notFirst = rendering.render("text\n\n# Title\n", 1, "Title", LinkResolver.KEEP_ALL);
        RenderedMarkdown second = rendering.render("# Title\n\n# Title\n", 1, "Title", LinkResolver.KEEP_ALL);

        assertThat(differentText.html()).contains("<h1 id=\"another\">Another</h1>");
        assertThat(notFirst.html()).contains("<h1 id=\"title\">Title</h1>");
        assertThat(second.html()).containsOnlyOnce("<h1 id=\"title\">Title</h1>");
    }
}
