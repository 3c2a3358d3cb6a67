package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The body's readable text, which search indexes and shows in snippets. */
class ReadableTextTest {
    private final Rendering rendering = Rendering.withDefaults();

    @Test
    void holdsHeadingsProseCodeAndTheTextOfRawHtmlInReadingOrder() {
        RenderedMarkdown md = rendering.render("""
                # Field Notes

                ## Getting *started*

                Hello co**op**   readers &amp; `inline code`
                on two lines.

                ```yaml
                replicas: 3
                ```

                    indented code

                <div class="note"><p>Raw <b>HTML</b> note</p><script>var hidden = 1;</script></div>

                - one
                - two

                | a | b |
                |---|---|
                | c | d |
                """, 1, "Field Notes", LinkResolver.KEEP_ALL);

        assertThat(md.text()).isEqualTo("Getting started Hello coop readers & inline code on two lines."
                + " replicas: 3 indented code Raw HTML note one two a b c d");
    }

    @Test
    void leavesOutImageAltTextAndFootnoteMarkers() {
        RenderedMarkdown md = rendering.render("""
                Before ![a cat on a mat](cat.png) after.[^1]

                Line<br>break and in<em>line</em>.

                [^1]: The note.
                """, 1, "", LinkResolver.KEEP_ALL);

        assertThat(md.text()).isEqualTo("Before after. Line break and inline. The note.");
    }

    @Test
    void keepsAnH1ThatIsNotTheTitle() {
        RenderedMarkdown md = rendering.render("# Another heading\n\nText.\n", 1, "Field Notes", LinkResolver.KEEP_ALL);

        assertThat(md.text()).isEqualTo("Another heading Text.");
    }
}
