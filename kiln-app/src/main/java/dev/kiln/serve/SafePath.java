package dev.kiln.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Decodes a request path and refuses anything that could mean "elsewhere": {@code .} and
 * {@code ..} segments (also percent-encoded), encoded slashes, backslashes, control characters,
 * empty segments and invalid UTF-8. Belt and braces: the server only knows built files anyway.
 */
final class SafePath {
    private SafePath() {}

    static Optional<String> decode(String raw) {
        if (raw == null || !raw.startsWith("/") || raw.indexOf('\\') >= 0) return Optional.empty();
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) return Optional.empty();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return Optional.empty();
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return Optional.empty();
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        String path;
        try {
            path = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (path.chars().anyMatch(Character::isISOControl) || path.indexOf('\\') >= 0) return Optional.empty();
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals(".") || s.equals("..")) return Optional.empty();
            if (s.isEmpty() && i < segments.length - 1) return Optional.empty();
        }
        return Optional.of(path);
    }
}
