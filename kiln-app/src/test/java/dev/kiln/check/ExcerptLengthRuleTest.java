package dev.kiln.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptLengthRuleTest {
    private static String post(int excerptLength) {
        return """
                -- content/posts/a.md --
                ---
                title: "A"
                date: 2025-01-01
                excerpt: "%s"
                ---
                Text.
                """.formatted("é".repeat(excerptLength));
    }

    @Test
    void warnsAboutAnExcerptLongerThan160CharactersAtTheExcerpt() {
        Checked c = Checked.site(post(161));
        assertThat(c.at("lint.excerpt-length")).containsExactly("content/posts/a.md:4:10");
        assertThat(c.only("lint.excerpt-length").message()).startsWith("the excerpt is 161 characters long");
    }

    @Test
    void acceptsExactly160Characters() {
        assertThat(Checked.site(post(160)).all()).isEmpty();
    }
}
