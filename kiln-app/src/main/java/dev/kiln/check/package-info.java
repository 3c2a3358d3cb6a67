/**
 * {@code kiln check}: builds a site in memory, then checks every generated page (internal links,
 * anchors, images, aliases, permalinks, XML and JSON listings), lints the content and, on request,
 * checks external links. Writes nothing but its external-link cache.
 */
package dev.kiln.check;
