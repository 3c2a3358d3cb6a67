package dev.kiln.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The encoding itself is also exercised through the page writer (render.Utf8WriterTest). */
class Utf8BuilderTest {
    private static final char[] ALPHABET = {'a', '<', '\n', 'é', '—', '中', '\uD83D', '\uDE00', '\uDBFF', '\uDC00',
        '\u07FF', '\u0800', '\uFFFF'};

    @Test
    void appendsEveryKindOfCharSequenceAsStringGetBytesEncodesIt() {
        String text = "plain <b>é</b> — 中文 😀 \uD83D x \uDE00 y";
        Utf8Builder out = new Utf8Builder(1);
        out.append(text).append(new StringBuilder(text)).append(text, 3, 9).append('\uD83D');

        String expected = text + text + text.substring(3, 9) + "\uD83D";
        assertThat(out.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(out.toCompactText().text()).isEqualTo(new String(expected.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8));
    }

    @Test
    void compactTextIsCopiedAsItIsAndEndsAHalfPair() {
        CompactText body = CompactText.of("<p>café — 😀</p>");
        Utf8Builder out = new Utf8Builder(4);
        out.append("x\uD83D");
        out.append(body);
        out.append(body);

        assertThat(out.toByteArray()).isEqualTo(("x\uD83D" + body.text() + body.text()).getBytes(StandardCharsets.UTF_8));
        assertThat(body.size()).isEqualTo(body.text().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aResetBuilderForgetsTextAndHalfPairButKeepsWorking() {
        Utf8Builder out = new Utf8Builder(4);
        out.append("a long first text — ending in half a pair \uD83D");
        out.reset();
        out.append("\uDE00 next");

        assertThat(out.toByteArray()).isEqualTo("\uDE00 next".getBytes(StandardCharsets.UTF_8));
        assertThat(out.toByteArray()).as("reading does not consume").isEqualTo(out.toByteArray());
    }

    @RepeatedTest(30)
    void randomTextInRandomPiecesGivesTheSameBytes() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(7000);
        for (int i = 0; i < length; i++) sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        String text = sb.toString();

        Utf8Builder out = new Utf8Builder(random.nextInt(64));
        for (int at = 0; at < text.length(); ) {
            int n = Math.min(text.length() - at, 1 + random.nextInt(3000));
            switch (random.nextInt(4)) {
                case 0 -> out.append(text, at, at + n);
                case 1 -> out.append(text.toCharArray(), at, n);
                case 2 -> out.append(new StringBuilder(text), at, at + n);
                default -> {
                    out.append(text.charAt(at));
                    n = 1;
                }
            }
            at += n;
        }

        assertThat(out.toByteArray()).as("seed %d", seed).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
}
