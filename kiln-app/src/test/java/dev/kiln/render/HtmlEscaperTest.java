package dev.kiln.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

class HtmlEscaperTest {
    private static final char[] ALPHABET = {'a', 'Z', ' ', '&', '<', '>', '"', '\'', '=', ';', '#', 'é', '—', '\u0000',
        '\u0001', '\u007f', '\u0085', '\u2028', '\uD83D', '\uDE00', '\uFFFE'};

    @Test
    void escapesTheFiveMarkupCharactersAndKeepsAStringWithoutThem() {
        assertThat(HtmlEscaper.escape("<a href=\"x\">'&amp;")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;amp;");
        String plain = "café — 中文 😀";
        assertThat(HtmlEscaper.escape(plain)).isSameAs(plain);
    }

    /** Pebble's own "html" strategy is unbescape's escapeHtml4Xml: pages must not change. */
    @RepeatedTest(300)
    void givesWhatPebblesDefaultEscapingGives() {
        Random random = new Random();
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        String s = sb.toString();
        assertThat(HtmlEscaper.escape(s)).isEqualTo(HtmlEscape.escapeHtml4Xml(s));
    }
}
