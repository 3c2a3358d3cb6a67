package dev.kiln.markdown;

/** Leave the link (or image) as the author wrote it. */
public record Keep() implements Resolution, ImageResolution {}
