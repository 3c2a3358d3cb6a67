/**
 * {@code kiln new}: a ready site, and posts and pages from archetypes with slugs made from their
 * titles. Uses config, content and site (slugs); writes only the files it was asked to create.
 */
package dev.kiln.scaffold;
