package dev.kiln.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadingLevelRuleTest {
    @Test
    void warnsWhenAnH4FollowsAnH2() {
        Checked c = Checked.site("""
                -- content/posts/a.md --
                ---
                title: "A"
                date: 2025-01-01
                ---
                ## Two

                #### Four
                """);
        assertThat(c.at("lint.heading-skip")).containsExactly("content/posts/a.md:7:1");
        assertThat(c.only("lint.heading-skip").message()).isEqualTo("an h4 follows an h2, skipping a level");
    }

    @Test
    void warnsWhenTheBodyStartsAtH3BelowTheTitle() {
        Checked c = Checked.site("""
                -- content/posts/a.md --
                ---
                title: "A"
                date: 2025-01-01
                ---
                ### Three
                """);
        assertThat(c.at("lint.heading-skip")).containsExactly("content/posts/a.md:5:1");
    }

    @Test
    void acceptsLevelsThatGoDownOneAtATimeAndBackUpAnyWay() {
        Checked c = Checked.site("""
                -- content/posts/a.md --
                ---
                title: "A"
                date: 2025-01-01
                ---
                ## Two

                ### Three

                #### Four

                ## Two again
                """);
        assertThat(c.all()).isEmpty();
    }
}
