package dev.kiln.highlight;

/**
 * YAML, which RSyntaxTextArea colours weakly (no keys): keys, quoted and plain scalars, anchors,
 * tags, comments and block scalars. The state is 0, or 1 + the indentation of the line that opened
 * a block scalar ({@code |} or {@code >}), whose more-indented lines are all string.
 */
final class YamlLexer implements LineLexer {

  @Override
  public int line(char[] t, int start, int end, int state, HtmlSpans out) {
    int indent = start;
    while (indent < end && t[indent] == ' ') {
      indent++;
    }
    if (state > 0) {
      if (indent == end || indent - start > state - 1) {
        out.add(start, indent, null);
        out.add(indent, end, TokenClass.STRING);
        return state;
      }
      state = INITIAL;
    }
    if (isMarker(t, start, end)) {
      out.add(start, start + 3, TokenClass.PREPROCESSOR);
      return lexNodes(t, start + 3, end, start, out);
    }
    if (start < end && t[start] == '%') {
      out.add(start, end, TokenClass.PREPROCESSOR);
      return INITIAL;
    }
    return lexNodes(t, start, end, start, out);
  }

  private static int lexNodes(char[] t, int pos, int end, int start, HtmlSpans out) {
    int flow = 0;
    int next = INITIAL;
    while (pos < end) {
      char c = t[pos];
      int from = pos;
      if (c == ' ' || c == '\t') {
        while (pos < end && (t[pos] == ' ' || t[pos] == '\t')) {
          pos++;
        }
        out.add(from, pos, null);
      } else if (c == '#' && (pos == start || t[pos - 1] == ' ' || t[pos - 1] == '\t')) {
        out.add(pos, end, TokenClass.COMMENT);
        pos = end;
      } else if ((c == '-' || c == '?' || c == ':') && endsNode(t, pos + 1, end, flow)) {
        out.add(pos, ++pos, null);
      } else if (c == '[' || c == '{' || c == ']' || c == '}' || c == ',') {
        if (c == '[' || c == '{') {
          flow++;
        } else if (c != ',') {
          flow = Math.max(0, flow - 1);
        }
        out.add(pos, ++pos, null);
      } else if (c == '"' || c == '\'') {
        pos = quoted(t, pos, end);
        out.add(from, pos, isKeyEnd(t, pos, end, flow) ? TokenClass.ATTRIBUTE : TokenClass.STRING);
      } else if (c == '&' || c == '*' || c == '!') {
        while (pos < end && t[pos] != ' ' && t[pos] != '\t' && !(flow > 0 && isFlowIndicator(t[pos]))) {
          pos++;
        }
        out.add(from, pos, c == '!' ? TokenClass.TYPE : TokenClass.VARIABLE);
      } else if ((c == '|' || c == '>') && isBlockHeader(t, pos + 1, end)) {
        out.add(pos, ++pos, TokenClass.OPERATOR);
        // The scalar's lines are those indented more than the line holding its key or dash.
        int indent = 0;
        while (start + indent < end && t[start + indent] == ' ') {
          indent++;
        }
        next = indent + 1;
      } else {
        pos = plain(t, pos, end, flow);
        int to = pos;
        while (to > from && (t[to - 1] == ' ' || t[to - 1] == '\t')) {
          to--;
        }
        String cls = isKeyEnd(t, pos, end, flow) ? TokenClass.ATTRIBUTE : scalarClass(t, from, to);
        out.add(from, to, cls);
        out.add(to, pos, null);
      }
    }
    return next;
  }

  private static boolean isMarker(char[] t, int start, int end) {
    if (end - start < 3 || (end - start > 3 && t[start + 3] != ' ' && t[start + 3] != '\t')) {
      return false;
    }
    char c = t[start];
    return (c == '-' || c == '.') && t[start + 1] == c && t[start + 2] == c;
  }

  /** Whether an indicator is followed by whitespace, the line end, or (in flow) a flow indicator. */
  private static boolean endsNode(char[] t, int pos, int end, int flow) {
    return pos == end || t[pos] == ' ' || t[pos] == '\t' || (flow > 0 && isFlowIndicator(t[pos]));
  }

  private static boolean isFlowIndicator(char c) {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
  }

  /** After a node: optional blanks, then a colon that ends a key. */
  private static boolean isKeyEnd(char[] t, int pos, int end, int flow) {
    while (pos < end && (t[pos] == ' ' || t[pos] == '\t')) {
      pos++;
    }
    return pos < end && t[pos] == ':' && endsNode(t, pos + 1, end, flow);
  }

  private static boolean isBlockHeader(char[] t, int pos, int end) {
    while (pos < end && (t[pos] == '-' || t[pos] == '+' || (t[pos] >= '1' && t[pos] <= '9'))) {
      pos++;
    }
    return pos == end || t[pos] == ' ' || t[pos] == '\t';
  }

  /** The end of a quoted scalar starting at {@code pos}, or the line end if it is not closed here. */
  private static int quoted(char[] t, int pos, int end) {
    char quote = t[pos++];
    while (pos < end) {
      char c = t[pos++];
      if (c == '\\' && quote == '"') {
        pos = Math.min(pos + 1, end);
      } else if (c == quote) {
        if (quote == '\'' && pos < end && t[pos] == '\'') {
          pos++;
        } else {
          return pos;
        }
      }
    }
    return end;
  }

  /** The end of a plain scalar: before ": ", " #", the line end, or (in flow) a flow indicator. */
  private static int plain(char[] t, int pos, int end, int flow) {
    pos++;
    while (pos < end) {
      char c = t[pos];
      if ((c == ':' && endsNode(t, pos + 1, end, flow))
          || (c == '#' && (t[pos - 1] == ' ' || t[pos - 1] == '\t'))
          || (flow > 0 && isFlowIndicator(c))) {
        return pos;
      }
      pos++;
    }
    return end;
  }

  private static String scalarClass(char[] t, int from, int to) {
    if (YamlScalars.isConstant(t, from, to)) {
      return TokenClass.KEYWORD;
    }
    return YamlScalars.isNumber(t, from, to) ? TokenClass.NUMBER : null;
  }
}
