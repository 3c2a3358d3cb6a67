package dev.kiln.highlight;

/**
 * Builds the HTML inside {@code <code>} from classified ranges of the code: escapes the text, wraps
 * classed ranges in spans and merges neighbours of the same class. Whitespace between two ranges of
 * one class goes inside the span, so {@code public static} is one span, not two.
 */
final class HtmlSpans {
  private final char[] text;
  private final StringBuilder html;
  private String open;
  private int heldFrom = -1;
  private int heldTo;

  HtmlSpans(char[] text) {
    this.text = text;
    this.html = new StringBuilder(text.length + text.length / 2 + 16);
  }

  /** Adds {@code text[from, to)} with the given class, or unclassed if {@code cls} is null. */
  void add(int from, int to, String cls) {
    if (from >= to) {
      return;
    }
    // Blank text (spaces, tabs, a stray CR) needs no colour: a span would only grow the HTML.
    if (cls != null && isBlank(from, to)) {
      cls = null;
    }
    if (cls == null && open != null && isBlank(from, to)) {
      hold(from, to);
      return;
    }
    if (cls == null ? open != null : !cls.equals(open)) {
      // Never split a surrogate pair between two spans: the halves would not survive UTF-8.
      if (Character.isLowSurrogate(text[from]) && from > 0 && Character.isHighSurrogate(text[from - 1])) {
        escape(from, from + 1);
        from++;
        if (from == to) {
          return;
        }
      }
      close();
      release();
      if (cls != null) {
        html.append("<span class=\"").append(cls).append("\">");
        open = cls;
      }
    } else {
      release();
    }
    escape(from, to);
  }

  /** Ends the current line: no span stays open across a line break. */
  void endLine() {
    close();
    release();
  }

  /** Appends a line break ({@code \r}, {@code \n}) as it is; it needs no escaping. */
  void lineBreak(int from, int to) {
    html.append(text, from, to - from);
  }

  String finish() {
    endLine();
    return html.toString();
  }

  private void hold(int from, int to) {
    if (heldFrom >= 0 && heldTo != from) {
      release();
    }
    if (heldFrom < 0) {
      heldFrom = from;
    }
    heldTo = to;
  }

  private void release() {
    if (heldFrom >= 0) {
      escape(heldFrom, heldTo);
      heldFrom = -1;
    }
  }

  private void close() {
    if (open != null) {
      html.append("</span>");
      open = null;
    }
  }

  private boolean isBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] > ' ') {
        return false;
      }
    }
    return true;
  }

  private void escape(int from, int to) {
    int run = from;
    for (int i = from; i < to; i++) {
      String entity = entity(text[i]);
      if (entity != null) {
        html.append(text, run, i - run).append(entity);
        run = i + 1;
      }
    }
    html.append(text, run, to - run);
  }

  private static String entity(char c) {
    switch (c) {
      case '&': return "&amp;";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '"': return "&quot;";
      default: return null;
    }
  }
}
