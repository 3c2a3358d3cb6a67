package dev.kiln.markdown;

/**
 * Counts words in text fed piece by piece, so that {@code foo**bar**} is one word across nodes. A
 * word is a run of non-space characters holding at least one letter or digit (a lone dash is not a
 * word); each Han, Hiragana, Katakana or Hangul character counts as one word, as CJK text does not
 * separate words with spaces.
 */
final class WordCounter {
    private int count;
    private boolean inWord;
    private boolean wordHasLetter;

    void append(String s) {
        append(s.toCharArray(), 0, s.length());
    }

    /** Counts the words of {@code text[from..to)}; an array for the reason {@link CollapsedText} takes one. */
    void append(char[] text, int from, int to) {
        for (int i = from; i < to; ) {
            char c = text[i];
            if (c < 128) {
                i++;
                if (c <= ' ') {
                    endWord();
                } else {
                    inWord = true;
                    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                        wordHasLetter = true;
                    }
                }
                continue;
            }
            int cp = Character.codePointAt(text, i, to);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == '\u00A0') {
                endWord();
            } else if (isCjk(cp)) {
                endWord();
                count++;
            } else {
                inWord = true;
                if (Character.isLetterOrDigit(cp)) wordHasLetter = true;
            }
        }
    }

    /** A boundary between blocks or lines ends the current word. */
    void space() {
        endWord();
    }

    int count() {
        endWord();
        return count;
    }

    private void endWord() {
        if (inWord && wordHasLetter) count++;
        inWord = false;
        wordHasLetter = false;
    }

    private static boolean isCjk(int cp) {
        if (cp < 0x1100 || !Character.isLetter(cp)) return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
