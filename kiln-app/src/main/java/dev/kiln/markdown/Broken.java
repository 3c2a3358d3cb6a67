package dev.kiln.markdown;

import java.util.Objects;

/**
 * The link's (or image's) target does not exist: {@code message} says so in the author's terms,
 * {@code hint} how to fix it. Reported as an error {@code content.link-target-missing} (for an
 * image {@code content.image-missing}) at the link or image.
 */
public record Broken(String message, String hint) implements Resolution, ImageResolution {
    public Broken {
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }
}
