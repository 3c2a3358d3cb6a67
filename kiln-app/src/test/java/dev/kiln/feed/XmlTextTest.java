package dev.kiln.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {
    @Test
    void keepsTextXmlCanHoldAsTheSameString() {
        String text = "tab\tline\nreturn\r é 😀 \uFFFD \uE000";
        assertThat(XmlText.clean(text)).isSameAs(text);
        assertThat(XmlText.firstInvalid(text)).isEqualTo(-1);
    }

    @Test
    void dropsC0ControlCharactersButTabsAndLineBreaks() {
        assertThat(XmlText.clean("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\u001B[31m")).isEqualTo("abcdefg[31m");
    }

    @Test
    void dropsUnpairedSurrogatesAndKeepsPairs() {
        assertThat(XmlText.clean("x\uD800y")).isEqualTo("xy");
        assertThat(XmlText.clean("x\uDC00y")).isEqualTo("xy");
        assertThat(XmlText.clean("end\uD83D")).isEqualTo("end");
        assertThat(XmlText.clean("\uDE00\uD83D")).isEmpty(); // reversed pair: two lone halves
        assertThat(XmlText.clean("pair \uD83D\uDE00 \uD800")).isEqualTo("pair \uD83D\uDE00 ");
    }

    @Test
    void dropsTheTwoNoncharactersXmlExcludes() {
        assertThat(XmlText.clean("a\uFFFEb\uFFFFc")).isEqualTo("abc");
    }

    @Test
    void findsTheFirstCharacterXmlCannotHold() {
        assertThat(XmlText.firstInvalid("ok 😀\u0007")).isEqualTo(5);
        assertThat(XmlText.firstInvalid("\uD800")).isZero();
    }
}
