package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {
    private final Rendering rendering = Rendering.withDefaults();

    @Test
    void countsTheWordsOfTheProse() {
        RenderedMarkdown md = rendering.render("""
                ## Two words

                One *two* **three**-four, five — six `seven`.

                - eight
                - nine

                | ten | eleven |
                |-----|--------|
                | twelve | thirteen |
                """);

        assertThat(md.wordCount()).isEqualTo(14);
    }

    @Test
    void codeBlocksRawHtmlAndImageAltTextAreNotProse() {
        RenderedMarkdown md = rendering.render("""
                Just four prose words.

                ```java
                int notCounted = 1;
                ```

                    indented code too

                <div>raw html</div>

                ![alt text words](x.png)
                """);

        assertThat(md.wordCount()).isEqualTo(4);
    }

    @Test
    void emphasisInsideAWordDoesNotSplitIt() {
        assertThat(rendering.render("un*believ*able and foo**bar**\n").wordCount()).isEqualTo(3);
    }

    @Test
    void eachCjkCharacterCountsAsAWord() {
        assertThat(rendering.render("日本語 text 한국어 かな\n").wordCount()).isEqualTo(9);
    }

    @Test
    void readingTimeIsWordsAt230PerMinuteAtLeastOne() {
        assertThat(rendering.render("word\n").readingMinutes()).isEqualTo(1);
        assertThat(rendering.render("word ".repeat(900)).readingMinutes()).isEqualTo(4);
        assertThat(rendering.render("word ".repeat(344)).readingMinutes()).isEqualTo(1);
        assertThat(rendering.render("word ".repeat(345)).readingMinutes()).isEqualTo(2);
    }
}
