package dev.kiln.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateTitleRuleTest {
    @Test
    void warnsAtTheSecondFileWithTheSameTitleIgnoringCaseAndSpacing() {
        Checked c = Checked.site("""
                -- content/posts/a.md --
                ---
                title: "Hello  World"
                date: 2025-01-01
                ---
                One.
                -- content/posts/b.md --
                ---
                date: 2025-01-02
                title: "hello world"
                ---
                Two.
                """);
        assertThat(c.at("lint.duplicate-title")).containsExactly("content/posts/b.md:3:8");
        assertThat(c.only("lint.duplicate-title").message())
                .isEqualTo("the title \"hello world\" is also the title of content/posts/a.md");
    }

    @Test
    void differentTitlesAreFine() {
        Checked c = Checked.site("""
                -- content/posts/a.md --
                ---
                title: "Hello"
                date: 2025-01-01
                ---
                One.
                -- content/about.md --
                ---
                title: "About"
                ---
                Two.
                """);
        assertThat(c.all()).isEmpty();
    }
}
