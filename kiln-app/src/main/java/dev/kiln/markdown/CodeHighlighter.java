package dev.kiln.markdown;

import java.util.Optional;

/**
 * Turns the code of a fenced block into highlighted HTML. Implementations must be thread-safe: one
 * instance serves every render of a build.
 */
@FunctionalInterface
public interface CodeHighlighter {
    /** A highlighter that never highlights: code is rendered as plain escaped text. */
    CodeHighlighter NONE = (language, code) -> Optional.empty();

    /**
     * The already-escaped HTML for the inside of {@code <code>} for {@code code} in {@code language}
     * (as written after the opening fence), or empty when this highlighter does not know the language.
     */
    Optional<String> highlight(String language, String code);
}
