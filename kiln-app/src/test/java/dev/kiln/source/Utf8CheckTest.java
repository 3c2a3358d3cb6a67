package dev.kiln.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The check against the JDK's strict UTF-8 decoder (and no NUL), which {@link SourceText#decode} uses. */
class Utf8CheckTest {
    private static boolean jdk(byte[] b) {
        for (byte x : b) if (x == 0) return false;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void agree(byte[] b) {
        assertThat(Utf8Check.isCleanText(b, 0, b.length)).as(java.util.HexFormat.ofDelimiter(" ").formatHex(b)).isEqualTo(jdk(b));
    }

    @Test
    void everySequenceOfOneAndTwoBytes() {
        for (int a = 0; a < 256; a++) {
            agree(new byte[] {(byte) a});
            for (int b = 0; b < 256; b++) agree(new byte[] {(byte) a, (byte) b});
        }
    }

    @Test
    void everyLeadOfThreeAndFourBytesWithTheContinuationBoundaries() {
        int[] edges = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xF4, 0xFF};
        for (int lead = 0x80; lead < 256; lead++) {
            for (int b : edges) {
                for (int c : edges) {
                    agree(new byte[] {(byte) lead, (byte) b, (byte) c});
                    for (int d : edges) agree(new byte[] {(byte) lead, (byte) b, (byte) c, (byte) d});
                }
            }
        }
    }

    @Test
    void randomTextWithSomeDamage() {
        Random random = new Random(42);
        String text = "Prose — “quoted”, ünïcödé, 日本語, emoji 😀, and ASCII.";
        byte[] clean = text.getBytes(StandardCharsets.UTF_8);
        agree(clean);
        for (int i = 0; i < 20_000; i++) {
            byte[] b = clean.clone();
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            agree(b);
        }
    }

    @Test
    void onlyTheRangeIsChecked() {
        byte[] b = {(byte) 0xFF, 'a', 'b', 0};
        assertThat(Utf8Check.isCleanText(b, 1, 3)).isTrue();
        assertThat(Utf8Check.isCleanText(b, 1, 4)).isFalse();
        assertThat(Utf8Check.isCleanText(new byte[] {(byte) 0xE2, (byte) 0x80, (byte) 0x94}, 0, 2)).isFalse();
    }
}
