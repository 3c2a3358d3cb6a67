/**
 * Machine-readable outputs written in code, not templates: RSS 2.0, Atom 1.0 and JSON Feed 1.1
 * (site-wide and per taxonomy term), the sitemap (split behind an index when large) and robots.txt.
 * Uses {@code source}, {@code config}, {@code site}, {@code render} (feed links) and {@code output}.
 */
package dev.kiln.feed;
