package dev.kiln.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Resolves an {@code href} or {@code src} found on a page the way a browser would, against the
 * page's absolute URL under the site's base URL, and sorts it into a {@link Target}.
 */
final class UrlResolver {
    private final URI base;
    private final String basePath;

    UrlResolver(String baseUrl) {
        this.base = URI.create(baseUrl);
        String p = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        this.basePath = p.endsWith("/") ? p : p + "/";
    }

    /** {@code ref} as written on the page at site path {@code pageUrl} (e.g. /posts/x/). */
    Target resolve(String ref, String pageUrl) {
        String r = ref.strip();
        if (r.isEmpty()) return new Target.Invalid("the link is empty");
        URI uri;
        try {
            uri = new URI(encodeLoosely(r));
        } catch (URISyntaxException e) {
            return new Target.Invalid("\"" + ref + "\" is not a valid URL");
        }
        if (uri.getScheme() != null && !isWeb(uri.getScheme())) return new Target.Ignored();
        URI page = base.resolve(encodeLoosely(pageUrl.substring(1)));
        URI absolute = page.resolve(uri);
        if (!sameOrigin(absolute)) return absolute.getHost() == null
                ? new Target.Invalid("\"" + ref + "\" has no host") : new Target.External(absolute);
        String path = absolute.getPath() == null || absolute.getPath().isEmpty() ? "/" : absolute.getPath();
        if (!(path + "/").startsWith(basePath)) {
            return new Target.Invalid("\"" + ref + "\" leads outside the site's base path " + basePath);
        }
        String fragment = absolute.getFragment() == null ? "" : absolute.getFragment();
        return new Target.Internal(path.length() < basePath.length() ? "" : path.substring(basePath.length()), fragment);
    }

    private boolean sameOrigin(URI u) {
        if (u.getHost() == null || base.getHost() == null) return false;
        return u.getHost().equalsIgnoreCase(base.getHost()) && port(u) == port(base) && isWeb(u.getScheme());
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) return u.getPort();
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static boolean isWeb(String scheme) {
        String s = scheme.toLowerCase(Locale.ROOT);
        return s.equals("http") || s.equals("https");
    }

    /** Percent-encodes what browsers tolerate in links but {@link URI} does not: spaces and non-ASCII. */
    private static String encodeLoosely(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || c == '|' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^'
                    || c == '`' || c == '{' || c == '}') {
                sb.append('%').append(String.format("%02X", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }
}
