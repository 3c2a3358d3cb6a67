package dev.kiln.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> KEYS = List.of("title", "date", "category", "categories", "tags", "tag", "slug");

    @Test
    void suggestsTheKeyWithTwoLettersSwapped() {
        assertThat(Suggestions.nearest("categroy", KEYS)).contains("category");
        assertThat(Suggestions.nearest("titel", KEYS)).contains("title");
        assertThat(Suggestions.nearest("tgas", KEYS)).contains("tags");
    }

    @Test
    void ignoresCase() {
        assertThat(Suggestions.nearest("Title", KEYS)).contains("title");
    }

    @Test
    void suggestsNothingForAWordFarFromEveryKey() {
        assertThat(Suggestions.nearest("foo", KEYS)).isEmpty();
        assertThat(Suggestions.nearest("summary", KEYS)).isEmpty();
    }

    @Test
    void allowsMoreEditsForLongerWords() {
        assertThat(Suggestions.nearest("catgoreis", KEYS)).contains("categories");
        assertThat(Suggestions.nearest("slgu", KEYS)).contains("slug");
        assertThat(Suggestions.nearest("dtea", KEYS)).isEmpty();
    }

    @Test
    void breaksTiesByTheOrderOfTheKnownWords() {
        assertThat(Suggestions.nearest("tagx", List.of("tags", "tagz"))).contains("tags");
        assertThat(Suggestions.nearest("tagx", List.of("tagz", "tags"))).contains("tagz");
    }
}
