package dev.kiln.markdown;

/**
 * Decides what a relative link to a Markdown file ({@code ../posts/other.md}) becomes. It gets the
 * destination without its {@code #fragment} (percent-escapes decoded) and must be thread-safe.
 */
@FunctionalInterface
public interface LinkResolver {
    /** Keeps every link as written. */
    LinkResolver KEEP_ALL = destination -> new Keep();

    Resolution resolve(String destination);
}
