package dev.kiln.markdown;

/** Leave the link as the author wrote it. */
public record Keep() implements Resolution {}
