package dev.kiln.site;

import java.util.Objects;

/**
 * A site-relative URL path: {@code /posts/kubecon/} for a page (served from its
 * {@code index.html}) or {@code /404.html} for a file. Always starts with a slash; never holds
 * {@code .} or {@code ..} segments, a scheme, a query or a fragment.
 */
public record UrlPath(String value) implements Comparable<UrlPath> {
    public static final UrlPath ROOT = new UrlPath("/");

    public UrlPath {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith("/") || value.startsWith("//") || value.contains("\\")
                || value.contains("?") || value.contains("#") || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a site URL path: " + value);
        }
        for (String segment : value.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("not a normalised URL path: " + value);
            }
        }
    }

    /** A folder-like page path made of {@code segments}: {@code of("tags", "java")} is {@code /tags/java/}. */
    public static UrlPath of(String... segments) {
        StringBuilder sb = new StringBuilder("/");
        for (String s : segments) {
            if (!s.isEmpty()) sb.append(s).append('/');
        }
        return new UrlPath(sb.toString());
    }

    /** A page path below this folder path: {@code /tags/java/} + {@code page/2} gives {@code /tags/java/page/2/}. */
    public UrlPath child(String relative) {
        if (!isFolder()) throw new IllegalStateException("not a folder path: " + value);
        return new UrlPath(value + relative + (relative.endsWith("/") ? "" : "/"));
    }

    /** True for a folder-like path, served from its {@code index.html}. */
    public boolean isFolder() {
        return value.endsWith("/");
    }

    /** The output file that serves this path, relative to the output folder. */
    public String outputFile() {
        String rel = value.substring(1);
        return isFolder() ? rel + "index.html" : rel;
    }

    @Override
    public int compareTo(UrlPath o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
