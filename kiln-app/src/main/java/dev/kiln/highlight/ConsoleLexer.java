package dev.kiln.highlight;

import org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker;

/**
 * A shell session: a line starting with a prompt ({@code $ }, {@code # }, {@code % }) is a command,
 * highlighted as shell, and so is a line continuing it after a trailing backslash; every other line
 * is output, left alone so an apostrophe in it cannot open a string. State 1 means "continuation".
 */
final class ConsoleLexer implements LineLexer {
  private static final int CONTINUATION = 1;
  private final RstaLexer shell = new RstaLexer(new UnixShellTokenMaker());

  @Override
  public int line(char[] t, int start, int end, int state, HtmlSpans out) {
    int command;
    if (state == CONTINUATION) {
      command = start;
    } else if (end - start >= 2 && isPrompt(t[start]) && t[start + 1] == ' ') {
      out.add(start, start + 1, TokenClass.PROMPT);
      command = start + 1;
    } else if (end - start == 1 && isPrompt(t[start])) {
      out.add(start, end, TokenClass.PROMPT);
      return INITIAL;
    } else {
      out.add(start, end, TokenClass.OUTPUT);
      return INITIAL;
    }
    shell.line(t, command, end, INITIAL, out);
    return end > command && t[end - 1] == '\\' ? CONTINUATION : INITIAL;
  }

  private static boolean isPrompt(char c) {
    return c == '$' || c == '#' || c == '%';
  }
}
