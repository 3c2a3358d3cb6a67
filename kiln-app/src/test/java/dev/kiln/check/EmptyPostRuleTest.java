package dev.kiln.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmptyPostRuleTest {
    @Test
    void warnsAboutAPostWithOnlyFrontMatter() {
        Checked c = Checked.site("""
                -- content/posts/a.md --
                ---
                title: "A"
                date: 2025-01-01
                ---

                \s\s
                """);
        assertThat(c.at("lint.empty-post")).containsExactly("content/posts/a.md:1:1");
        assertThat(c.only("lint.empty-post").message()).isEqualTo("a.md has front matter but no text");
    }

    @Test
    void aPostWithOneWordIsNotEmpty() {
        assertThat(Checked.site("""
                -- content/posts/a.md --
                ---
                title: "A"
                date: 2025-01-01
                ---
                Word.
                """).all()).isEmpty();
    }
}
