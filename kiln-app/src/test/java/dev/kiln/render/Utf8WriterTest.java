package dev.kiln.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.source.CompactText;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
    private static final char[] ALPHABET = {'a', '<', '"', '\n', 'é', 'ß', '—', '€', '中', '\uD83D', '\uDE00', '\uDBFF',
        '\uDC00', '\u07FF', '\u0800', '\uFFFF'};

    @Test
    void encodesEveryKindOfCharacterAsStringGetBytesDoes() {
        String text = "plain <b>é</b> — 中文 😀 \uD83D x \uDE00 y\uD83D";
        Utf8Writer out = new Utf8Writer(4);
        out.write(text, 0, text.length());

        assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void printedValuesComeOutAsPebblePrintsThemAndUtf8HtmlAsItsBytes() throws Exception {
        CompactText body = CompactText.of("<p>café — 中文 😀</p>");
        Utf8Writer out = new Utf8Writer(4);
        out.write((Object) "x=");
        out.write((Object) 42);
        out.write((Object) 1.5);
        out.write(new Utf8Html(body));
        out.write("\uD83D", 0, 1);
        out.write(new Utf8Html(body));

        String expected = "x=421.5" + body.text() + "\uD83D" + body.text();
        assertThat(out.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyInATemplateComesOutAsItsText() throws Exception {
        io.pebbletemplates.pebble.PebbleEngine engine = new io.pebbletemplates.pebble.PebbleEngine.Builder()
                .loader(new io.pebbletemplates.pebble.loader.StringLoader()).build();
        io.pebbletemplates.pebble.template.PebbleTemplate t = engine.getTemplate("<main>{{ body }}</main>{{ body | length }}");
        java.util.Map<String, Object> context = java.util.Map.of("body", new Utf8Html(CompactText.of("<b>é</b>")));
        Utf8Writer out = new Utf8Writer(4);
        t.evaluate(out, context);
        java.io.StringWriter text = new java.io.StringWriter();
        t.evaluate(text, context);

        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("<main><b>é</b></main>8")
                .isEqualTo(text.toString());
    }

    @Test
    void aResetWriterStartsAPageAfreshWithNoHalfPairLeftOver() {
        Utf8Writer out = new Utf8Writer(4);
        String first = "a long first page — with a dangling half \uD83D";
        out.write(first, 0, first.length());
        out.reset();
        out.write("\uDE00 next", 0, 6);
        assertThat(out.toByteArray()).isEqualTo("\uDE00 next".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPairSplitBetweenTwoWritesIsStillOneCharacter() {
        Utf8Writer out = new Utf8Writer(16);
        out.write("a\uD83D", 0, 2);
        out.write(new char[] {'\uDE00', 'b'}, 0, 2);

        assertThat(out.toByteArray()).isEqualTo("a😀b".getBytes(StandardCharsets.UTF_8));
    }

    @RepeatedTest(50)
    void randomTextInRandomPiecesGivesTheSameBytes() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(6000);
        for (int i = 0; i < length; i++) sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        String text = sb.toString();

        Utf8Writer out = new Utf8Writer(random.nextInt(64));
        for (int at = 0; at < text.length(); ) {
            int n = Math.min(text.length() - at, 1 + random.nextInt(3000));
            switch (random.nextInt(3)) {
                case 0 -> out.write(text, at, n);
                case 1 -> out.write(text.toCharArray(), at, n);
                default -> {
                    out.write(text.charAt(at));
                    n = 1;
                }
            }
            at += n;
        }

        assertThat(out.toByteArray()).as("seed %d", seed).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
}
