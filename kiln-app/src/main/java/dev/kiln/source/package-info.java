/**
 * Everything about the user's files: paths relative to the site root, decoded text with a line
 * index, positions in it, and the diagnostics that point into it; and text kept or built as UTF-8
 * ({@link dev.kiln.source.CompactText}, {@link dev.kiln.source.Utf8Builder}), the form Kiln reads
 * and writes files in. Uses only the JDK; every other package may use it.
 */
package dev.kiln.source;
