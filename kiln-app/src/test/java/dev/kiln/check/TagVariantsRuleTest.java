package dev.kiln.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagVariantsRuleTest {
    private static String posts(String tagsA, String tagsB) {
        return """
                -- content/posts/a.md --
                ---
                title: "A"
                date: 2025-01-01
                tags: [%s]
                ---
                One.
                -- content/posts/b.md --
                ---
                title: "B"
                date: 2025-01-02
                tags: [%s]
                ---
                Two.
                """.formatted(tagsA, tagsB);
    }

    @Test
    void warnsAboutTagsThatDifferOnlyByCase() {
        Checked c = Checked.site(posts("Kubernetes", "kubernetes"));
        assertThat(c.at("lint.tag-variants")).containsExactly("content/posts/b.md:4:7");
        assertThat(c.only("lint.tag-variants").message())
                .isEqualTo("\"kubernetes\" and \"Kubernetes\" look like the same tag spelled two ways");
    }

    @Test
    void knowsCommonAbbreviations() {
        assertThat(Checked.site(posts("kubernetes", "k8s")).at("lint.tag-variants")).containsExactly("content/posts/b.md:4:7");
    }

    @Test
    void catchesMisspellingsOfLongerNames() {
        assertThat(Checked.site(posts("performance", "perfromance")).at("lint.tag-variants")).hasSize(1);
    }

    @Test
    void leavesShortDifferentNamesAlone() {
        assertThat(Checked.site(posts("go, java", "rust, js")).all()).isEmpty();
    }
}
