package dev.kiln.search;

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
    private final boolean englishPlurals;

    Tokenizer(Set<String> stopWords, boolean englishPlurals) {
        this.stopWords = Set.copyOf(stopWords);
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

    /** The terms of {@code text}, in order, repeats kept (they are term frequencies). */
    List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            int cp = text.codePointAt(i);
            while (isWordPart(cp)) {
                i += Character.charCount(cp);
                if (i >= n) break;
                cp = text.codePointAt(i);
            }
            if (i > start) addRun(text.substring(start, i), out);
            else i += Character.charCount(cp);
        }
        return out;
    }

    /** A run of word characters: each CJK character is a term of its own, the parts between are words. */
    private void addRun(String run, List<String> out) {
        int i = 0;
        int start = 0;
        while (i < run.length()) {
            int cp = run.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isCjk(cp)) {
                add(fold(run.substring(start, i)), out);
                add(fold(run.substring(i, next)), out);
                start = next;
            }
            i = next;
        }
        add(fold(run.substring(start)), out);
    }

    private void add(String word, List<String> out) {
        if (word.isEmpty() || word.codePointCount(0, word.length()) > MAX_TERM || stopWords.contains(word)) return;
        out.add(englishPlurals ? singular(word) : word);
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

    static boolean isWordPart(int cp) {
        if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
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
