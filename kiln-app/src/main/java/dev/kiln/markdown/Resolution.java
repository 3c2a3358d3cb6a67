package dev.kiln.markdown;

/** What a {@link LinkResolver} decided for one link: keep it, rewrite it, or report it broken. */
public sealed interface Resolution permits Keep, Rewrite, Broken {}
