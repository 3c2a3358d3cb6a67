package dev.kiln.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed permalink pattern such as {@code /posts/:year/:slug/}: literal segments and the tokens
 * {@code :year :month :day :slug :category}. Expanding it is string concatenation, no regex.
 */
public final class PermalinkPattern {
    static final Set<String> TOKENS = Set.of("year", "month", "day", "slug", "category");
    public static final PermalinkPattern DEFAULT_POSTS = parse("/posts/:slug/").orElseThrow();

    private final String source;
    private final List<String> segments;

    private PermalinkPattern(String source, List<String> segments) {
        this.source = source;
        this.segments = List.copyOf(segments);
    }

    /** Parses {@code pattern}; empty if it has an unknown token, no {@code :slug} or no leading slash. */
    public static Optional<PermalinkPattern> parse(String pattern) {
        if (pattern == null || !pattern.startsWith("/") || !pattern.contains(":slug")) return Optional.empty();
        List<String> segments = new ArrayList<>();
        for (String segment : pattern.split("/")) {
            if (segment.isEmpty()) continue;
            if (segment.startsWith(":") && !TOKENS.contains(segment.substring(1))) return Optional.empty();
            if (segment.equals("..") || segment.equals(".")) return Optional.empty();
            segments.add(segment);
        }
        return Optional.of(new PermalinkPattern(pattern, segments));
    }

    /** The values a post gives the tokens; {@code category} is the slug of its first category or "uncategorized". */
    public record Values(String year, String month, String day, String slug, String category) {}

    /** The URL path for {@code values}, always with leading and trailing slash. */
    public String expand(Values values) {
        StringBuilder sb = new StringBuilder(48).append('/');
        for (String segment : segments) {
            sb.append(switchToken(segment, values)).append('/');
        }
        return sb.toString();
    }

    private static String switchToken(String segment, Values v) {
        if (!segment.startsWith(":")) return segment;
        switch (segment.substring(1)) {
            case "year": return v.year();
            case "month": return v.month();
            case "day": return v.day();
            case "slug": return v.slug();
            case "category": return v.category();
            default: throw new IllegalStateException("unvalidated token " + segment);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PermalinkPattern p && p.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source);
    }

    @Override
    public String toString() {
        return source;
    }
}
