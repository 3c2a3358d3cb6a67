package dev.kiln.markdown;

import dev.kiln.source.Diagnostics;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.commonmark.node.Link;

/**
 * Sends each relative link to a Markdown file ({@code other.md}, {@code ../posts/x.md#part}) to the
 * {@link LinkResolver} and applies its answer to the link. URLs with a scheme, {@code //host},
 * {@code /absolute} paths and bare {@code #fragments} are left alone.
 */
final class LinkRewriter {
    private final LinkResolver resolver;
    private final BodyPositions positions;
    private final Diagnostics diagnostics;

    LinkRewriter(LinkResolver resolver, BodyPositions positions, Diagnostics diagnostics) {
        this.resolver = resolver;
        this.positions = positions;
        this.diagnostics = diagnostics;
    }

    void rewrite(Link link) {
        String destination = link.getDestination();
        int hash = destination.indexOf('#');
        String path = hash < 0 ? destination : destination.substring(0, hash);
        if (!isRelativeMarkdownPath(path)) return;
        Resolution resolution = resolver.resolve(percentDecode(path));
        if (resolution instanceof Rewrite) {
            link.setDestination(((Rewrite) resolution).url() + (hash < 0 ? "" : destination.substring(hash)));
        } else if (resolution instanceof Broken) {
            Broken broken = (Broken) resolution;
            diagnostics.add(positions.error("content.link-target-missing", link, broken.message(), broken.hint()));
        }
    }

    static boolean isRelativeMarkdownPath(String path) {
        int n = path.length();
        if (n < 4 || path.charAt(0) == '/' || path.charAt(0) == '\\' || hasScheme(path)) return false;
        return path.regionMatches(true, n - 3, ".md", 0, 3);
    }

    /** RFC 3986 scheme: a letter, then letters, digits, {@code +-.}, then {@code :}. */
    private static boolean hasScheme(String s) {
        if (!isAsciiLetter(s.charAt(0))) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') return true;
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@code my%20post.md} names the file {@code my post.md}; malformed escapes stay as written. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) return s;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            int hi = i + 2 < utf8.length && utf8[i] == '%' ? Character.digit(utf8[i + 1], 16) : -1;
            int lo = hi < 0 ? -1 : Character.digit(utf8[i + 2], 16);
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(utf8[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
