package dev.kiln.site;

/** A reference to a taxonomy term as posts show it: its display name and the URL of its page. */
public record TermRef(String name, String slug, UrlPath url) {}
