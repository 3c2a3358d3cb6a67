/**
 * Markdown to HTML: commonmark-java configured once (CommonMark 0.31.2 + GFM tables, strikethrough,
 * task lists, autolinks, footnotes), plus heading ids, a table of contents, word count, excerpt and
 * link resolution through a callback. Knows nothing about sites; uses only {@code dev.kiln.source}.
 */
package dev.kiln.markdown;
