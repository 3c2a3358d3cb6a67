package dev.kiln.source;

/**
 * Whether bytes are text as {@link SourceText#decode} accepts it: well-formed UTF-8 (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF; exactly what the JDK's strict decoder
 * accepts) and no NUL byte. A check without decoding, for text kept as bytes.
 */
final class Utf8Check {
    private Utf8Check() {}

    static boolean isCleanText(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int x = b[i];
            if (x > 0) {
                i++;
                continue;
            }
            if (x == 0) return false;
            int lead = x & 0xFF;
            int n;
            int min = 0x80;
            int max = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                n = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                n = 3;
                if (lead == 0xE0) min = 0xA0;
                if (lead == 0xED) max = 0x9F;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                n = 4;
                if (lead == 0xF0) min = 0x90;
                if (lead == 0xF4) max = 0x8F;
            } else {
                return false;
            }
            if (i + n > to) return false;
            int second = b[i + 1] & 0xFF;
            if (second < min || second > max) return false;
            for (int k = 2; k < n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) return false;
            }
            i += n;
        }
        return true;
    }
}
