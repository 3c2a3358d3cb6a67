package dev.kiln.feed;

import dev.kiln.site.UrlPath;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Absolute URLs for feeds and the sitemap, from the base URL. Paths are percent-encoded (UTF-8)
 * because RSS and sitemaps want URIs, not IRIs, and a slug may hold any script's letters.
 */
final class SiteUrls {
    private final String baseUrl;
    private final String origin;
    private final String scheme;

    SiteUrls(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        int schemeEnd = this.baseUrl.indexOf("://");
        int pathStart = this.baseUrl.indexOf('/', schemeEnd < 0 ? 0 : schemeEnd + 3);
        this.origin = this.baseUrl.substring(0, pathStart);
        this.scheme = schemeEnd < 0 ? "https" : this.baseUrl.substring(0, schemeEnd);
    }

    /** The absolute URL of a site path: base URL + path without its leading slash. */
    String permalink(UrlPath path) {
        return baseUrl + encodePath(path.value().substring(1));
    }

    /** The absolute URL of an href as rendered pages hold it (already including the base path). */
    String fromHostPath(String hostPath) {
        return origin + hostPath;
    }

    String scheme() {
        return scheme;
    }

    /** {@code relative} resolved against {@code page}; empty when either is not a URI Java accepts. */
    static java.util.Optional<String> resolve(String page, String relative) {
        try {
            return java.util.Optional.of(new URI(page).resolve(new URI(relative)).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** Percent-encodes what may not stand in a URI path; keeps {@code /} and existing escapes. */
    static String encodePath(String path) {
        StringBuilder sb = null;
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (!safe(b)) {
                if (sb == null) sb = new StringBuilder(new String(bytes, 0, i, StandardCharsets.UTF_8));
                sb.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            } else if (sb != null) {
                sb.append((char) b);
            }
        }
        return sb == null ? path : sb.toString();
    }

    private static boolean safe(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || "-._~/%!$'()*+,;=:@".indexOf(b) >= 0;
    }
}
