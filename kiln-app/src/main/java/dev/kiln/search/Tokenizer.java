package dev.kiln.search;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into the terms the index holds. {@code search.js} applies the very same rules to a
 * query (keep the two in step): runs of letters, digits and marks; lower case; accents dropped
 * (NFD, marks removed, NFC again so Hangul stays whole); a few letters spelled out (ß → ss);
 * Chinese, Japanese and Korean characters one term each; stop words dropped; English plurals cut.
 */
final class Tokenizer {
    static final int MAX_TERM = 40;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Set<String> stopWords;
    /** The same words, to look up a term still in the buffer. */
    private final CharTable stopTable;
    private final boolean englishPlurals;

    Tokenizer(Set<String> stopWords, boolean englishPlurals) {
        this.stopWords = Set.copyOf(stopWords);
        this.stopTable = new CharTable(this.stopWords);
        this.englishPlurals = englishPlurals;
    }

    /** The tokenizer for a site language such as {@code en} or {@code de-AT}. */
    static Tokenizer forLanguage(String language) {
        String base = StopWords.baseLanguage(language);
        return new Tokenizer(StopWords.of(base), base.equals("en"));
    }

    Set<String> stopWords() {
        return stopWords;
    }

    boolean englishPlurals() {
        return englishPlurals;
    }

    /**
     * Receives each term of a text in turn: {@code chars[0..length)}, whose {@link #hash} is
     * {@code hash}. The array is the tokenizer's and is reused for the next term: copy what you
     * keep. Terms arrive as chars so that a text's thousands of words do not each become a String:
     * an entry only needs one per distinct term.
     */
    interface Sink {
        void term(char[] chars, int length, int hash);
    }

    /** {@code String.hashCode} of {@code chars[0..length)}. */
    static int hash(char[] chars, int length) {
        int h = 0;
        for (int k = 0; k < length; k++) h = 31 * h + chars[k];
        return h;
    }

    /** The terms of {@code text}, in order, repeats kept (they are term frequencies). */
    List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        terms(text, (chars, length, hash) -> out.add(new String(chars, 0, length)));
        return out;
    }

    /** The terms of {@code text} to {@code sink}, in order, repeats kept. */
    void terms(String text, Sink sink) {
        terms(text.getBytes(StandardCharsets.UTF_8), sink);
    }

    /**
     * The terms of the UTF-8 text {@code utf8} to {@code sink}, in order, repeats kept. Bytes, not
     * chars: a post's text is kept as UTF-8 ({@code CompactText}), and scanning it as it is spares
     * decoding every post into a String first.
     */
    void terms(byte[] utf8, Sink sink) {
        char[] buf = new char[MAX_TERM];
        int i = 0;
        int n = utf8.length;
        while (i < n) {
            int start = i;
            boolean ascii = true;
            // An ASCII word is lower-cased into the buffer and hashed as it is scanned: one pass.
            int h = 0;
            while (i < n) {
                int b = utf8[i];
                if (b >= 0) {
                    char c = (char) b;
                    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                        // as it is
                    } else if (c >= 'A' && c <= 'Z') {
                        c += 'a' - 'A';
                    } else {
                        break;
                    }
                    int k = i - start;
                    if (k < MAX_TERM) buf[k] = c;
                    h = 31 * h + c;
                    i++;
                } else {
                    // Most non-ASCII chars in prose are dashes and quotes: not word parts.
                    if (!isWordPart(codePointAt(utf8, i))) break;
                    ascii = false;
                    i += sequenceLength(utf8, i);
                }
            }
            if (i == start) {
                i += sequenceLength(utf8, i);
            } else if (ascii) {
                addAscii(buf, i - start, h, sink);
            } else {
                addRun(new String(utf8, start, i - start, StandardCharsets.UTF_8), sink);
            }
        }
    }

    /** How many bytes the UTF-8 sequence at {@code i} takes (1 for a stray byte). */
    private static int sequenceLength(byte[] utf8, int i) {
        int b = utf8[i] & 0xFF;
        int length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return i + length <= utf8.length ? length : 1;
    }

    /** The code point of the UTF-8 sequence at {@code i}; U+FFFD for a stray byte. */
    private static int codePointAt(byte[] utf8, int i) {
        int b = utf8[i] & 0xFF;
        int length = sequenceLength(utf8, i);
        if (b < 0x80) return b;
        if (length == 1) return 0xFFFD;
        int cp = b & (0x7F >> length);
        for (int k = 1; k < length; k++) cp = cp << 6 | (utf8[i + k] & 0x3F);
        return cp;
    }

    /** The common case, without a String: the word, lower case, is in the buffer; the same rules as {@link #add}. */
    private void addAscii(char[] buf, int len, int h, Sink sink) {
        if (len > MAX_TERM || stopTable.contains(buf, len, h)) return;
        if (englishPlurals) {
            int stem = singular(buf, len);
            if (stem != len) {
                len = stem;
                h = hash(buf, len);
            }
        }
        sink.term(buf, len, h);
    }

    /** A run of word characters: each CJK character is a term of its own, the parts between are words. */
    private void addRun(String run, Sink sink) {
        int i = 0;
        int start = 0;
        while (i < run.length()) {
            int cp = run.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isCjk(cp)) {
                add(fold(run.substring(start, i)), sink);
                add(fold(run.substring(i, next)), sink);
                start = next;
            }
            i = next;
        }
        add(fold(run.substring(start)), sink);
    }

    private void add(String word, Sink sink) {
        if (word.isEmpty() || word.codePointCount(0, word.length()) > MAX_TERM || stopWords.contains(word)) return;
        String term = englishPlurals ? singular(word) : word;
        sink.term(term.toCharArray(), term.length(), term.hashCode());
    }

    /** Harman's "S" stemmer: plural to singular, nothing more, so a query stem stays a prefix of what it finds. */
    static String singular(String w) {
        if (w.length() < 4) return w;
        if (w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.endsWith("s") && !w.endsWith("us") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }

    /** {@link #singular(String)} on {@code buf[0..len)} in place; returns the new length. */
    static int singular(char[] buf, int len) {
        if (len < 4 || buf[len - 1] != 's') return len;
        char a = buf[len - 2];
        if (a == 'e' && buf[len - 3] == 'i' && buf[len - 4] != 'e' && buf[len - 4] != 'a') {
            buf[len - 3] = 'y';
            return len - 2;
        }
        // Every other "-es" loses its s, by the second rule or (aes, ees, oes) the third.
        return a == 'u' || a == 's' ? len : len - 1;
    }

    /** Lower case without accents: {@code Élodie} → {@code elodie}, {@code Straße} → {@code strasse}. */
    static String fold(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (isAscii(lower)) return lower;
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String composed = Normalizer.normalize(bare, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            switch (c) {
                case 'ß': sb.append("ss"); break;
                case 'æ': sb.append("ae"); break;
                case 'œ': sb.append("oe"); break;
                case 'ø': sb.append('o'); break;
                case 'ł': sb.append('l'); break;
                case 'đ': case 'ð': sb.append('d'); break;
                case 'þ': sb.append("th"); break;
                case 'ı': sb.append('i'); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private static boolean isAsciiWordPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isWordPart(int cp) {
        if (cp < 0x80) return isAsciiWordPart((char) cp);
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isCjk(int cp) {
        if (cp < 0x1100) return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
