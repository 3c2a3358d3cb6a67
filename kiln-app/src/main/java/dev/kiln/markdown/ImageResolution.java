package dev.kiln.markdown;

/** What an {@link ImageResolver} decided for one image: keep it, show it as a {@link Picture}, or report it missing. */
public sealed interface ImageResolution permits Keep, Picture, Broken {}
