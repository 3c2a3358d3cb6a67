package dev.kiln.markdown;

/**
 * Decides what an image's destination ({@code photo.jpg}, {@code /images/x.png}) becomes: its
 * published URL with size and variants, or a missing file. It gets the destination as written,
 * percent-escapes decoded, and must be thread-safe.
 */
@FunctionalInterface
public interface ImageResolver {
    /** Keeps every image as written. */
    ImageResolver KEEP_ALL = destination -> new Keep();

    ImageResolution resolve(String destination);
}
