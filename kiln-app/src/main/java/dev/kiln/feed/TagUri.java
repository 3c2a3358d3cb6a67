package dev.kiln.feed;

import dev.kiln.source.SourcePath;
import java.net.IDN;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * Entry ids as RFC 4151 tag URIs: {@code tag:<host>,<date>:<path>}, e.g.
 * {@code tag:blog.example.org,2024-11-18:posts/kubecon-na-2024}. {@code host} is the base URL's
 * host (lower case, ASCII, no port), {@code date} the day of the post's date as its front matter
 * gives it (in its own offset, or the site's zone when it has none),
 * {@code path} its source file below {@code content/} without the extension. None of them depends
 * on the base URL's scheme or path, the permalink pattern, the title or the other posts, so the id
 * survives a move to https, a new URL scheme or a retitled post; it changes only when the file is
 * renamed, the date is changed or the site moves to another host.
 */
final class TagUri {
    private final String host;

    TagUri(String baseUrl) {
        this.host = hostOf(baseUrl);
    }

    String forPost(SourcePath source, ZonedDateTime date) {
        String path = source.value();
        if (path.startsWith("content/")) path = path.substring("content/".length());
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/') + 1) path = path.substring(0, dot);
        return "tag:" + host + "," + date.toLocalDate() + ":" + SiteUrls.encodePath(path);
    }

    static String hostOf(String baseUrl) {
        int start = baseUrl.indexOf("://");
        String rest = start < 0 ? baseUrl : baseUrl.substring(start + 3);
        int end = rest.indexOf('/');
        String authority = end < 0 ? rest : rest.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) authority = authority.substring(0, colon);
        String ascii;
        try {
            ascii = IDN.toASCII(authority).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            ascii = authority.toLowerCase(Locale.ROOT);
        }
        // RFC 4151 wants a DNS name here; anything else (an IPv6 literal) is made into one.
        String name = ascii.replaceAll("[^a-z0-9.-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return name.isEmpty() ? "localhost" : name;
    }
}
