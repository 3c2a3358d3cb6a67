package dev.kiln.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleSlugTest {
    @Test
    void lettersThatDoNotDecomposeAreSpeltOut() {
        assertThat(TitleSlug.of("Ærø Øst: Große Straße")).isEqualTo("aero-ost-grosse-strasse");
        assertThat(TitleSlug.of("Łódź, Đakovo and Þingvellir")).isEqualTo("lodz-dakovo-and-thingvellir");
        assertThat(TitleSlug.of("Œuvres complètes")).isEqualTo("oeuvres-completes");
    }

    @Test
    void punctuationIsDroppedAndApostrophesJoinWords() {
        assertThat(TitleSlug.of("Don't panic — it's only YAML!")).isEqualTo("dont-panic-its-only-yaml");
        assertThat(TitleSlug.of("  C++ & Java: 10 tips  ")).isEqualTo("c-java-10-tips");
    }

    @Test
    void greekAndCyrillicAreWrittenInLatinLetters() {
        assertThat(TitleSlug.of("Привет, мир")).isEqualTo("privet-mir");
        assertThat(TitleSlug.of("Καλημέρα")).isEqualTo("kalimera");
    }

    @Test
    void otherScriptsKeepTheirCharacters() {
        assertThat(TitleSlug.of("東京 2024")).isEqualTo("東京-2024");
    }

    @Test
    void aTitleWithoutLettersGivesNothingAndLongTitlesAreCutAtAHyphen() {
        assertThat(TitleSlug.of("?!")).isEmpty();
        String slug = TitleSlug.of("a very long title that goes on and on about build tools and their many caches");
        assertThat(slug).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-").startsWith("a-very-long-title");
    }
}
