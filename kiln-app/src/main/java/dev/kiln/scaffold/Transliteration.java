package dev.kiln.scaffold;

import java.text.Normalizer;
import java.util.Map;

/**
 * Latin letters for a title, so that slugs are plain ASCII where a reader would expect it:
 * accents dropped ({@code Café} → {@code Cafe}), letters that do not decompose spelt out
 * ({@code Straße} → {@code Strasse}, {@code Łódź} → {@code Lodz}), Greek and Cyrillic written in
 * Latin letters. Other scripts (Chinese, Japanese, Arabic, …) are kept as they are.
 */
final class Transliteration {
    private static final Map<Integer, String> LETTERS = table(
            "ß", "ss", "ẞ", "SS", "æ", "ae", "Æ", "AE", "ø", "o", "Ø", "O", "œ", "oe", "Œ", "OE",
            "ł", "l", "Ł", "L", "đ", "d", "Đ", "D", "ð", "d", "Ð", "D", "þ", "th", "Þ", "TH",
            "ı", "i", "ħ", "h", "Ħ", "H", "ŋ", "ng", "Ŋ", "NG", "ŀ", "l", "Ŀ", "L", "ſ", "s", "ŧ", "t", "Ŧ", "T",
            // Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian letters), after ISO 9 / common practice
            "а", "a", "б", "b", "в", "v", "г", "g", "ґ", "g", "д", "d", "е", "e", "ё", "yo", "є", "ye", "ж", "zh",
            "з", "z", "и", "i", "і", "i", "ї", "yi", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o",
            "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ў", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch",
            "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya",
            "ђ", "dj", "ј", "j", "љ", "lj", "њ", "nj", "ћ", "c", "џ", "dz",
            // Greek
            "α", "a", "β", "v", "γ", "g", "δ", "d", "ε", "e", "ζ", "z", "η", "i", "θ", "th", "ι", "i", "κ", "k",
            "λ", "l", "μ", "m", "ν", "n", "ξ", "x", "ο", "o", "π", "p", "ρ", "r", "σ", "s", "ς", "s", "τ", "t",
            "υ", "y", "φ", "f", "χ", "ch", "ψ", "ps", "ω", "o");

    private Transliteration() {}

    static String toLatin(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        Character.UnicodeScript base = Character.UnicodeScript.COMMON;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                // Accents go from Latin, Greek and Cyrillic letters; in other scripts a mark is part of the letter.
                if (base != Character.UnicodeScript.LATIN && base != Character.UnicodeScript.GREEK
                        && base != Character.UnicodeScript.CYRILLIC) {
                    sb.appendCodePoint(cp);
                }
                continue;
            }
            base = Character.UnicodeScript.of(cp);
            String mapped = LETTERS.get(cp);
            if (mapped == null && Character.isUpperCase(cp)) {
                String lower = LETTERS.get(Character.toLowerCase(cp));
                if (lower != null) mapped = lower.isEmpty() ? "" : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
            }
            if (mapped != null) sb.append(mapped);
            else sb.appendCodePoint(cp);
        }
        return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
    }

    private static Map<Integer, String> table(String... pairs) {
        Map<Integer, String> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i].codePointAt(0), pairs[i + 1]);
        return Map.copyOf(map);
    }
}
