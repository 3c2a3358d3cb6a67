package dev.kiln.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.TestSite;
import org.junit.jupiter.api.Test;

/** The date filters as templates use them: remembered texts never leak between patterns, dates or languages. */
class DateFiltersTest {
    private static String site(String language) {
        return """
                -- kiln.yaml --
                title: Dates
                base_url: https://blog.example/
                language: %s
                -- content/posts/one.md --
                ---
                title: One
                date: 2024-03-01
                ---
                Text.
                -- content/posts/two.md --
                ---
                title: Two
                date: 2024-03-01
                updated: 2024-04-02
                ---
                Text.
                -- templates/partials/byline.html --
                <p class="dates">{{ post.date | date("d MMMM yyyy") }}|{{ post.date | date("yyyy-MM-dd") }}|{{ post.date | date("EEEE") }}|{{ post.date | iso }}|{{ post.updated | date("d MMMM yyyy") }}|{{ post.updated | iso }}|{{ "06.05.2024" | date("d MMMM yyyy", existingFormat="dd.MM.yyyy") }}</p>
                """.formatted(language);
    }

    @Test
    void eachDatePatternAndLanguagePrintsItsOwnText() {
        var english = TestSite.of(site("en")).build();
        var german = TestSite.of(site("de")).build();

        assertThat(english.html("/posts/one/").select(".dates").text())
                .isEqualTo("1 March 2024|2024-03-01|Friday|2024-03-01T00:00:00Z|||6 May 2024");
        assertThat(english.html("/posts/two/").select(".dates").text())
                .isEqualTo("1 March 2024|2024-03-01|Friday|2024-03-01T00:00:00Z|2 April 2024|2024-04-02T00:00:00Z|6 May 2024");
        assertThat(german.html("/posts/two/").select(".dates").text())
                .isEqualTo("1 März 2024|2024-03-01|Freitag|2024-03-01T00:00:00Z|2 April 2024|2024-04-02T00:00:00Z|6 Mai 2024");
    }
}
