package dev.kiln.markdown;

import java.util.Objects;

/**
 * The link's target does not exist: {@code message} says so in the author's terms, {@code hint} how
 * to fix it. Reported as an error {@code content.link-target-missing} at the link.
 */
public record Broken(String message, String hint) implements Resolution {
    public Broken {
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }
}
