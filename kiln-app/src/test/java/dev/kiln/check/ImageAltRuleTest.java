package dev.kiln.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageAltRuleTest {
    private static final String POST = """
            -- content/posts/a.md --
            ---
            title: "A"
            date: 2025-01-01
            ---
            Some text ![%s](/images/x.png) here.
            -- static/images/x.png --
            png
            """;

    @Test
    void warnsAboutAnImageWithoutAltTextAtTheImage() {
        Checked c = Checked.site(POST.formatted(""));
        assertThat(c.at("lint.image-alt")).containsExactly("content/posts/a.md:5:11");
        assertThat(c.only("lint.image-alt").sourceLine()).isEqualTo("Some text ![](/images/x.png) here.");
    }

    @Test
    void acceptsAnImageWithAltText() {
        assertThat(Checked.site(POST.formatted("a kiln")).all()).isEmpty();
    }
}
