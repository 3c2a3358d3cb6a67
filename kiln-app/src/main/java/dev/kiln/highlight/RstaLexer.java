package dev.kiln.highlight;

import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * A line lexer backed by one of RSyntaxTextArea's JFlex token makers. The text of each token is
 * read from our own array by offset, and any part of the line a token maker skipped or overran is
 * emitted unclassed, so the code always comes out exactly as it went in.
 */
final class RstaLexer implements LineLexer {
  /**
   * Longer lines are lexed in pieces: a token maker's token pool grows by a fixed step and is kept,
   * so one megabyte-long line would take quadratic time and pin its tokens in memory. A piece ends
   * at a blank where one is near, so only a string or comment longer than this can be cut.
   */
  static final int MAX_PIECE = 4096;
  private static final int BLANK_SEARCH = 256;

  private final TokenMaker maker;
  private final String variableClass;
  private final Segment segment = new Segment();

  /** {@code variableClass}: JSON's token maker marks object keys as variables; we show them as keys. */
  RstaLexer(TokenMaker maker, String variableClass) {
    this.maker = maker;
    this.variableClass = variableClass;
  }

  RstaLexer(TokenMaker maker) {
    this(maker, TokenClass.VARIABLE);
  }

  @Override
  public int line(char[] text, int start, int end, int state, HtmlSpans out) {
    while (end - start > MAX_PIECE) {
      int cut = start + MAX_PIECE;
      for (int i = cut; i > cut - BLANK_SEARCH; i--) {
        if (text[i] == ' ' || text[i] == '\t') {
          cut = i;
          break;
        }
      }
      if (Character.isLowSurrogate(text[cut])) {
        cut--;
      }
      state = piece(text, start, cut, state, out);
      start = cut;
    }
    return piece(text, start, end, state, out);
  }

  private int piece(char[] text, int start, int end, int state, HtmlSpans out) {
    segment.array = text;
    segment.offset = start;
    segment.count = end - start;
    int pos = start;
    int last = TokenTypes.NULL;
    // Start offset = array offset, so each token's document offset is its index in our array.
    for (Token t = maker.getTokenList(segment, state, start); t != null; t = t.getNextToken()) {
      last = t.getType();
      int from = t.getOffset();
      int to = Math.min(from + t.length(), end);
      if (t.length() <= 0 || to <= pos) {
        continue;
      }
      if (from > pos) {
        out.add(pos, Math.min(from, end), null);
      }
      from = Math.max(from, pos);
      out.add(from, to, cssClass(last));
      pos = to;
    }
    out.add(pos, end, null);
    return last;
  }

  private String cssClass(int type) {
    switch (type) {
      case TokenTypes.COMMENT_EOL:
      case TokenTypes.COMMENT_MULTILINE:
      case TokenTypes.COMMENT_DOCUMENTATION:
      case TokenTypes.COMMENT_KEYWORD:
      case TokenTypes.COMMENT_MARKUP:
      case TokenTypes.MARKUP_COMMENT:
        return TokenClass.COMMENT;
      case TokenTypes.RESERVED_WORD:
      case TokenTypes.LITERAL_BOOLEAN:
        return TokenClass.KEYWORD;
      case TokenTypes.RESERVED_WORD_2:
      case TokenTypes.DATA_TYPE:
        return TokenClass.TYPE;
      case TokenTypes.FUNCTION:
        return TokenClass.FUNCTION;
      case TokenTypes.LITERAL_NUMBER_DECIMAL_INT:
      case TokenTypes.LITERAL_NUMBER_FLOAT:
      case TokenTypes.LITERAL_NUMBER_HEXADECIMAL:
        return TokenClass.NUMBER;
      case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE:
      case TokenTypes.LITERAL_CHAR:
      case TokenTypes.LITERAL_BACKQUOTE:
      case TokenTypes.REGEX:
      case TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE:
        return TokenClass.STRING;
      case TokenTypes.VARIABLE:
        return variableClass;
      case TokenTypes.ANNOTATION:
        return TokenClass.DECORATOR;
      case TokenTypes.OPERATOR:
        return TokenClass.OPERATOR;
      case TokenTypes.PREPROCESSOR:
      case TokenTypes.MARKUP_DTD:
      case TokenTypes.MARKUP_PROCESSING_INSTRUCTION:
      case TokenTypes.MARKUP_CDATA_DELIMITER:
        return TokenClass.PREPROCESSOR;
      case TokenTypes.MARKUP_TAG_DELIMITER:
      case TokenTypes.MARKUP_TAG_NAME:
        return TokenClass.TAG;
      case TokenTypes.MARKUP_TAG_ATTRIBUTE:
        return TokenClass.ATTRIBUTE;
      case TokenTypes.MARKUP_ENTITY_REFERENCE:
        return TokenClass.ENTITY;
      default:
        // Identifiers, whitespace, separators, CDATA text and the ERROR_* types (RSTA reports
        // valid code such as Rust's #[derive] as errors) stay plain.
        return null;
    }
  }
}
