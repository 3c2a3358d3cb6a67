package dev.kiln.highlight;

/** Unified diffs: a line's first characters say what it is; no state. */
final class DiffLexer implements LineLexer {

  @Override
  public int line(char[] t, int start, int end, int state, HtmlSpans out) {
    out.add(start, end, classOf(t, start, end));
    return INITIAL;
  }

  private static String classOf(char[] t, int start, int end) {
    if (start == end) {
      return null;
    }
    switch (t[start]) {
      case '+':
        return TokenClass.INSERTED;
      case '-':
        return TokenClass.DELETED;
      case '@':
        return TokenClass.SUBHEADING;
      case 'd':
      case 'i':
      case 'I':
      case '=':
        return startsWithAny(t, start, end) ? TokenClass.HEADING : null;
      default:
        return null;
    }
  }

  private static boolean startsWithAny(char[] t, int start, int end) {
    return startsWith(t, start, end, "diff ") || startsWith(t, start, end, "index ")
        || startsWith(t, start, end, "Index: ") || startsWith(t, start, end, "===");
  }

  private static boolean startsWith(char[] t, int start, int end, String prefix) {
    if (end - start < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (t[start + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
