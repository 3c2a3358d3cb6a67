package dev.kiln.highlight;

/**
 * Lexes code one line at a time, carrying a small int of state (an open comment, a block scalar)
 * from line to line; line-wise lexing is what keeps an unterminated string from swallowing a post.
 * Implementations may hold scratch state, so each thread gets its own instances.
 */
interface LineLexer {
  /** The state before the first line. */
  int INITIAL = 0;

  /**
   * Emits {@code text[start, end)}, one line without its line break, as spans into {@code out}
   * and returns the state the next line starts in.
   */
  int line(char[] text, int start, int end, int state, HtmlSpans out);
}
