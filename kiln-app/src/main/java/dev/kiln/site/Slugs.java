package dev.kiln.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * URL slugs for file names and term names: accents folded ({@code Café} → {@code cafe}), letters
 * and digits of every script kept, everything else collapsed to single hyphens.
 */
public final class Slugs {
    private Slugs() {}

    public static String of(String text) {
        // ASCII text is its own NFKD and NFC form: most file and term names skip both passes.
        boolean ascii = isAscii(text);
        String folded = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(folded.length());
        boolean hyphen = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(cp)) {
                if (hyphen && sb.length() > 0) sb.append('-');
                hyphen = false;
                sb.appendCodePoint(Character.toLowerCase(cp));
            } else {
                hyphen = true;
            }
        }
        if (sb.length() == 0) return "x-" + shortHash(text);
        String slug = ascii ? sb.toString() : Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
        return slug.toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    private static String shortHash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
