package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CollapsedTextTest {
    private static final char[] ALPHABET = {'a', 'b', ' ', ' ', '\n', '\t', '\u00A0', '\u2003', '\u2028', 'é', '—', '中',
        '\uD83D', '\uDE00', '\u001C'};

    /** What the text should be: pieces joined, each run of white space one space, trimmed, cut at the limit. */
    private static String expected(String[] pieces, boolean[] boundaryBefore, int limit) {
        StringBuilder sb = new StringBuilder();
        boolean pending = false;
        for (int p = 0; p < pieces.length; p++) {
            if (boundaryBefore[p]) pending = true;
            for (char c : pieces[p].toCharArray()) {
                if (sb.length() >= limit) return sb.toString();
                if (CollapsedText.isSpace(c)) {
                    pending = true;
                    continue;
                }
                if (pending && sb.length() > 0) {
                    sb.append(' ');
                    if (sb.length() >= limit) return sb.toString();
                }
                pending = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void collapsesWhiteSpaceAcrossPiecesAndBoundaries() {
        CollapsedText t = new CollapsedText(Integer.MAX_VALUE);
        t.append("  Hello,\n\tworld ");
        t.space();
        t.append("next\u00A0 block");
        assertThat(t.toString()).isEqualTo("Hello, world next block");
        assertThat(CollapsedText.collapse(" \n ")).isEmpty();
    }

    @Test
    void stopsAtTheLimit() {
        CollapsedText t = new CollapsedText(5);
        t.append("abc   defgh");
        t.append("more");
        assertThat(t.toString()).isEqualTo("abc d");
    }

    @RepeatedTest(200)
    void piecesFromStringsAndArraysGiveTheTextTheRulesSay() {
        Random random = new Random();
        int count = random.nextInt(6);
        String[] pieces = new String[count];
        boolean[] boundary = new boolean[count];
        int limit = random.nextBoolean() ? Integer.MAX_VALUE : random.nextInt(30);
        CollapsedText fromStrings = new CollapsedText(limit);
        CollapsedText fromArrays = new CollapsedText(limit);
        for (int p = 0; p < count; p++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            pieces[p] = sb.toString();
            boundary[p] = random.nextInt(4) == 0;
            if (boundary[p]) {
                fromStrings.space();
                fromArrays.space();
            }
            fromStrings.append(pieces[p]);
            char[] padded = ("xx" + pieces[p] + "yy").toCharArray();
            fromArrays.append(padded, 2, padded.length - 2);
        }
        String expected = expected(pieces, boundary, limit);
        assertThat(fromStrings.toString()).isEqualTo(expected);
        assertThat(fromArrays.toString()).isEqualTo(expected);
        assertThat(fromStrings.isEmpty()).isEqualTo(expected.isEmpty());
    }
}
