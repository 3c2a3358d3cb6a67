package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    private final Rendering rendering = Rendering.withDefaults();

    @Test
    void theFirstParagraphIsTheExcerptAsPlainText() {
        RenderedMarkdown md = rendering.render("""
                # Title

                ## Intro

                ![cover](cover.png)

                Hello *there*, [reader](https://example.com)   &amp; `code`
                on two lines.

                Second paragraph.
                """, 1, "Title", LinkResolver.KEEP_ALL);

        assertThat(md.excerpt()).isEqualTo("Hello there, reader & code on two lines.");
    }

    @Test
    void theMoreMarkerEndsTheExcerpt() {
        RenderedMarkdown md = rendering.render("""
                First paragraph.

                ## A heading is not excerpt text

                - a list item

                ```
                code is not excerpt text
                ```

                <!--more-->

                After the marker.
                """);

        assertThat(md.excerpt()).isEqualTo("First paragraph. a list item");
    }

    @Test
    void theMoreMarkerMayHaveSpacesAndStandInsideAParagraph() {
        assertThat(rendering.render("One.\n\n<!-- more -->\n\nTwo.\n").excerpt()).isEqualTo("One.");
        assertThat(rendering.render("One <!--more--> two.\n").excerpt()).isEqualTo("One");
    }

    @Test
    void aMoreMarkerWithNothingBeforeItFallsBackToTheFirstParagraph() {
        assertThat(rendering.render("<!--more-->\n\nOnly text.\n").excerpt()).isEqualTo("Only text.");
    }

    @Test
    void aLongExcerptIsCutAtAWordBoundaryWithAnEllipsis() {
        String sentence = "The quick brown fox jumps over the lazy dog, again and again. ";
        String excerpt = rendering.render(sentence.repeat(10)).excerpt();

        assertThat(excerpt).endsWith("…").hasSizeLessThanOrEqualTo(300).hasSizeGreaterThan(160);
        String kept = excerpt.substring(0, excerpt.length() - 1);
        assertThat(sentence.repeat(10)).startsWith(kept + " ");
        assertThat(kept).doesNotEndWith(",").doesNotEndWith(" ");
    }

    @Test
    void aShortParagraphIsNotCut() {
        String text = "word ".repeat(59) + "end.";

        assertThat(rendering.render(text).excerpt()).isEqualTo(text).hasSize(299);
    }

    @Test
    void aVeryLongWordIsCutInsideRatherThanMakingTheExcerptTooShort() {
        String excerpt = rendering.render("Short start " + "x".repeat(1000) + "\n").excerpt();

        assertThat(excerpt).hasSize(300).endsWith("x…");
    }

    @Test
    void cjkTextIsCutBetweenCharacters() {
        String excerpt = rendering.render("日本語".repeat(200)).excerpt();

        assertThat(excerpt).hasSize(300).endsWith("…");
    }

    @Test
    void footnotesAreNotPartOfTheExcerpt() {
        assertThat(rendering.render("[^a]: A note first.\n\nThe text[^a].\n").excerpt()).isEqualTo("The text.");
    }

    @Test
    void aBodyWithoutParagraphsHasAnEmptyExcerpt() {
        assertThat(rendering.render("## Only a heading\n").excerpt()).isEmpty();
    }
}
