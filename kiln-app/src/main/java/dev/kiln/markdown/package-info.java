/**
 * Markdown to HTML: commonmark-java configured once (CommonMark 0.31.2 + GFM tables, strikethrough,
 * task lists, autolinks, footnotes), plus heading ids, a table of contents, word count, excerpt and
 * link resolution through a callback. Knows nothing about sites; uses only {@code dev.kiln.source}.
 *
 * <p>Public: {@link dev.kiln.markdown.MarkdownRenderer}, {@link dev.kiln.markdown.MarkdownOptions},
 * {@link dev.kiln.markdown.CodeHighlighter}, {@link dev.kiln.markdown.RenderedMarkdown},
 * {@link dev.kiln.markdown.Heading}, {@link dev.kiln.markdown.LinkResolver} and its
 * {@link dev.kiln.markdown.Resolution}s {@link dev.kiln.markdown.Keep}, {@link dev.kiln.markdown.Rewrite},
 * {@link dev.kiln.markdown.Broken}.
 */
package dev.kiln.markdown;
