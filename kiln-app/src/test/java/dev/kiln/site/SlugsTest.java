package dev.kiln.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hello World            | hello-world
            '  --Kiln--Blog--  '   | kiln-blog
            C++ & Go: 2024!        | c-go-2024
            Café Crème             | cafe-creme
            ÉCOLE                  | ecole
            ﬁle ｆｕｌｌ            | file-full
            Straße                 | straße
            東京 Tower             | 東京-tower
            """)
    void foldsAccentsAndWidthsKeepsLettersOfEveryScriptAndHyphensTheRest(String text, String slug) {
        assertThat(Slugs.of(text)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource({"'!!!'", "'—'"})
    void textWithoutLettersOrDigitsGetsAStableNameFromItsHash(String text) {
        assertThat(Slugs.of(text)).matches("x-[0-9a-f]{8}").isEqualTo(Slugs.of(text));
    }
}
