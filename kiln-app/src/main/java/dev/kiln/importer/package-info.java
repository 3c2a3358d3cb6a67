/**
 * {@code kiln import jekyll|hugo|zola}: reads another generator's site (never writing into it)
 * and writes a new Kiln site: posts, pages, static files, front matter mapped to Kiln's keys,
 * old URLs kept as aliases, and a report of what was left for a person to convert. Uses data,
 * config, content (front-matter reading) and site (slugs).
 */
package dev.kiln.importer;
