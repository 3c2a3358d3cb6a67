package dev.kiln.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer english = Tokenizer.forLanguage("en-GB");

    @Test
    void foldsCaseAndAccentsSoThatPlainLettersFindAccentedWords() {
        assertThat(english.terms("Élodie Girard, naïve Café")).containsExactly("elodie", "girard", "naive", "cafe");
        assertThat(Tokenizer.forLanguage("de").terms("Straße Übergröße Søren Łódź"))
                .containsExactly("strasse", "ubergrosse", "soren", "lodz");
    }

    @Test
    void dropsStopWordsOfTheSiteLanguage() {
        assertThat(english.terms("The state of the art")).containsExactly("state", "art");
        assertThat(Tokenizer.forLanguage("de").terms("Der Zustand und die Kunst")).containsExactly("zustand", "kunst");
        assertThat(Tokenizer.forLanguage("fr").terms("L'état de l'art")).containsExactly("etat", "art");
        assertThat(Tokenizer.forLanguage("es").terms("El estado del arte")).containsExactly("estado", "arte");
        assertThat(Tokenizer.forLanguage("nl").terms("the de")).containsExactly("the", "de");
    }

    @Test
    void cutsEnglishPluralsOnlyForEnglishSites() {
        assertThat(english.terms("containers policies classes status glass"))
                .containsExactly("container", "policy", "classe", "status", "glass");
        assertThat(Tokenizer.forLanguage("de").terms("containers")).containsExactly("containers");
    }

    @Test
    void makesEachChineseJapaneseOrKoreanCharacterATerm() {
        assertThat(english.terms("東京タワーとKubernetes")).containsExactly("東", "京", "タ", "ワ", "ー", "と", "kubernete");
        assertThat(english.terms("한국어")).containsExactly("한", "국", "어");
    }

    @Test
    void treatsEmojiAndPunctuationAsSpaceWithoutBreakingSurrogatePairs() {
        assertThat(english.terms("Recap 🚀🚀 — hello👋world, ci/cd")).containsExactly("recap", "hello", "world", "ci", "cd");
        assertThat(english.terms("𠮷野家")).containsExactly("𠮷", "野", "家");
    }

    @Test
    void skipsTermsLongerThanFortyCharacters() {
        assertThat(english.terms("short " + "x".repeat(41) + " " + "y".repeat(40)))
                .containsExactly("short", "y".repeat(40));
    }

    @Test
    void pluralsCutInTheBufferExactlyAsInAString() {
        String[] words = {"ties", "policies", "series", "movies", "aies", "xeies", "shoes", "trees", "canoes", "boxes",
                "classes", "status", "bus", "glass", "ss", "cats", "as", "is", "yes", "eyes", "pies", "dies", "s",
                "es", "ies", "aaies", "toes", "news", "kubernetes", "cases", "uses"};
        for (String w : words) {
            char[] buf = w.toCharArray();
            assertThat(new String(buf, 0, Tokenizer.singular(buf, buf.length))).as(w).isEqualTo(Tokenizer.singular(w));
        }
    }

    @Test
    void asciiWordsAndTheSameWordsBesideAccentedOnesGiveTheSameTerms() {
        // The first text takes the all-ASCII path; the second passes each run through fold().
        assertThat(english.terms("Containers, POLICIES and Status; THIS is 42"))
                .containsExactly("container", "policy", "status", "42");
        assertThat(english.terms("Containersé, POLICIESé and Statusé; THISé is 42é"))
                .containsExactly("containerse", "policiese", "statuse", "thise", "42e");
    }
}
