/**
 * Everything about the user's files: paths relative to the site root, decoded text with a line
 * index, positions in it, and the diagnostics that point into it. Uses only the JDK; every other
 * package may use it.
 */
package dev.kiln.source;
