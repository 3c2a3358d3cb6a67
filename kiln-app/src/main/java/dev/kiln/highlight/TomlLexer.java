package dev.kiln.highlight;

import java.util.List;

/**
 * TOML, which RSyntaxTextArea lacks: [table] headers, keys, strings, numbers and dates, booleans,
 * comments. The state keeps an open multi-line string (low two bits: 1 for {@code """}, 2 for
 * {@code '''}) and the depth of open arrays (the rest), since a line inside a multi-line array
 * starting with {@code [} is a value, not a table header.
 */
final class TomlLexer implements LineLexer {
  private static final int BASIC = 1;
  private static final int LITERAL = 2;
  private static final int MAX_DEPTH = 1 << 20;
  private static final List<String> CONSTANTS = List.of("true", "false");
  private static final List<String> SPECIAL_NUMBERS = List.of("inf", "nan", "+inf", "+nan", "-inf", "-nan");

  @Override
  public int line(char[] t, int start, int end, int state, HtmlSpans out) {
    int open = state & 3;
    int depth = state >>> 2;
    int pos = start;
    boolean freshLine = open == 0;
    if (open != 0) {
      int close = closeMultiline(t, pos, end, open == BASIC ? '"' : '\'');
      out.add(start, close < 0 ? end : close, TokenClass.STRING);
      if (close < 0) {
        return state;
      }
      pos = close;
      open = 0;
    }
    int indentFrom = pos;
    while (pos < end && (t[pos] == ' ' || t[pos] == '\t')) {
      pos++;
    }
    out.add(indentFrom, pos, null);
    boolean keyExpected = freshLine && depth == 0;
    if (keyExpected && pos < end && t[pos] == '[') {
      int from = pos;
      while (pos < end && t[pos] != ']' && t[pos] != '#') {
        pos++;
      }
      while (pos < end && t[pos] == ']') {
        pos++;
      }
      out.add(from, pos, TokenClass.TAG);
      keyExpected = false;
    }
    int inline = 0;
    while (pos < end) {
      char c = t[pos];
      int from = pos;
      if (c == ' ' || c == '\t') {
        pos++;
        out.add(from, pos, null);
      } else if (c == '#') {
        out.add(pos, end, TokenClass.COMMENT);
        pos = end;
      } else if (keyExpected && (pos = keyEnd(t, pos, end)) > from) {
        out.add(from, pos, TokenClass.ATTRIBUTE);
        keyExpected = false;
      } else if (c == '"' || c == '\'') {
        keyExpected = false;
        if (pos + 2 < end && t[pos + 1] == c && t[pos + 2] == c) {
          int close = closeMultiline(t, pos + 3, end, c);
          pos = close < 0 ? end : close;
          out.add(from, pos, TokenClass.STRING);
          if (close < 0) {
            open = c == '"' ? BASIC : LITERAL;
          }
        } else {
          pos = quoted(t, pos, end);
          out.add(from, pos, TokenClass.STRING);
        }
      } else if (c == '=') {
        out.add(pos, ++pos, TokenClass.OPERATOR);
      } else if (c == '[' || c == ']' || c == '{' || c == '}' || c == ',') {
        if (c == '[') {
          depth = Math.min(depth + 1, MAX_DEPTH);
        } else if (c == ']') {
          depth = Math.max(depth - 1, 0);
        } else if (c == '{') {
          inline++;
        } else if (c == '}') {
          inline = Math.max(inline - 1, 0);
        }
        // A key may follow '{' or ',' inside an inline table; a failed try costs one scan.
        keyExpected = inline > 0 && (c == '{' || c == ',');
        out.add(pos, ++pos, null);
      } else {
        keyExpected = false;
        while (pos < end && !isValueEnd(t[pos])) {
          pos++;
        }
        out.add(from, pos, valueClass(t, from, pos));
      }
    }
    return open | (depth << 2);
  }

  /** The end of a (dotted) key followed by {@code =} at {@code pos}, or {@code pos} if there is none. */
  private static int keyEnd(char[] t, int pos, int end) {
    int i = pos;
    while (true) {
      int part = i;
      if (i < end && (t[i] == '"' || t[i] == '\'')) {
        i = quoted(t, i, end);
      } else {
        while (i < end && isBareKeyChar(t[i])) {
          i++;
        }
      }
      if (i == part) {
        return pos;
      }
      int keyEnd = i;
      while (i < end && (t[i] == ' ' || t[i] == '\t')) {
        i++;
      }
      if (i < end && t[i] == '=') {
        return keyEnd;
      }
      if (i >= end || t[i] != '.') {
        return pos;
      }
      i++;
      while (i < end && (t[i] == ' ' || t[i] == '\t')) {
        i++;
      }
    }
  }

  private static boolean isBareKeyChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }

  private static boolean isValueEnd(char c) {
    return c == ' ' || c == '\t' || c == ',' || c == ']' || c == '}' || c == '#' || c == '=' || c == '[' || c == '{';
  }

  private static String valueClass(char[] t, int from, int to) {
    if (YamlScalars.isOneOf(CONSTANTS, t, from, to)) {
      return TokenClass.KEYWORD;
    }
    int i = from < to && (t[from] == '+' || t[from] == '-') ? from + 1 : from;
    // Numbers, dates and times all start with a digit; inf and nan are the only words among them.
    boolean number = (i < to && t[i] >= '0' && t[i] <= '9') || YamlScalars.isOneOf(SPECIAL_NUMBERS, t, from, to);
    return number ? TokenClass.NUMBER : null;
  }

  /** The end of a one-line string starting at {@code pos}, or the line end if not closed. */
  private static int quoted(char[] t, int pos, int end) {
    char quote = t[pos++];
    while (pos < end) {
      char c = t[pos++];
      if (c == quote) {
        return pos;
      }
      if (c == '\\' && quote == '"') {
        pos = Math.min(pos + 1, end);
      }
    }
    return end;
  }

  /** The position after the closing triple quote (and up to two more quotes), or -1 if not on this line. */
  private static int closeMultiline(char[] t, int pos, int end, char quote) {
    while (pos < end) {
      if (t[pos] == '\\' && quote == '"') {
        pos += 2;
      } else if (t[pos] == quote && pos + 2 < end && t[pos + 1] == quote && t[pos + 2] == quote) {
        pos += 3;
        for (int extra = 0; extra < 2 && pos < end && t[pos] == quote; extra++) {
          pos++;
        }
        return pos;
      } else {
        pos++;
      }
    }
    return -1;
  }
}
