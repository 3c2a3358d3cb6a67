package dev.kiln.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.TestSite;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FutureDateRuleTest {
    private static final String SITE = Checked.CONFIG + """
            -- content/posts/a.md --
            ---
            title: "A"
            date: 2027-01-01
            ---
            Text.
            """;

    @Test
    void warnsAboutAPostDatedAfterNowAtItsDate() {
        Checked c = Checked.run(TestSite.of(SITE), false, Optional.empty());
        assertThat(c.at("lint.future-date")).containsExactly("content/posts/a.md:3:7");
        assertThat(c.only("lint.future-date").message())
                .isEqualTo("the post is dated 2027-01-01, in the future, so it is not published yet");
    }

    @Test
    void saysNothingWithFuture() {
        assertThat(Checked.run(TestSite.of(SITE), true, Optional.empty()).all()).isEmpty();
    }

    @Test
    void aPostDatedBeforeNowIsFine() {
        assertThat(Checked.run(TestSite.of(SITE.replace("2027", "2025")), false, Optional.empty()).all()).isEmpty();
    }
}
