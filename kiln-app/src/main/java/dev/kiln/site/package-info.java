/**
 * The whole-site model: posts and pages with URLs, taxonomies, archive, pagination, aliases, and
 * every route the site has. Drafts and future posts are filtered here against an injected
 * {@code now}. Uses {@code source}, {@code config}, {@code markdown} and {@code content}.
 */
package dev.kiln.site;
