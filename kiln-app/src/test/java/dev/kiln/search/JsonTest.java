package dev.kiln.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {
    private static String json(String s) {
        return Json.string(new StringBuilder(), s).toString();
    }

    @Test
    void copiesPlainTextAndEscapesOnlyWhatJsonRequires() {
        assertThat(json("")).isEqualTo("\"\"");
        assertThat(json("café — naïve 東京 😀")).isEqualTo("\"café — naïve 東京 😀\"");
        assertThat(json("say \"hi\"\\now\nnext\ttab\u0001")).isEqualTo("\"say \\\"hi\\\"\\\\now\\nnext\\u0009tab\\u0001\"");
        assertThat(json("line\u2028para\u2029end")).isEqualTo("\"line\\u2028para\\u2029end\"");
    }

    @Test
    void replacesLoneSurrogatesWhichNoJsonParserAccepts() {
        assertThat(json("a\ud83d b \ude00c \ud83d\ude00")).isEqualTo("\"a\\ufffd b \\ufffdc \ud83d\ude00\"");
        assertThat(json("\ud83d")).isEqualTo("\"\\ufffd\"");
    }

    @Test
    void fieldsAreSeparatedByCommas() {
        StringBuilder sb = new StringBuilder("{");
        Json.field(sb, "t", "A");
        Json.field(sb, "u", "/a/");
        assertThat(sb.append('}').toString()).isEqualTo("{\"t\":\"A\",\"u\":\"/a/\"}");
    }
}
