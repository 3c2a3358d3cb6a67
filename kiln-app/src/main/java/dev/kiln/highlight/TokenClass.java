package dev.kiln.highlight;

/**
 * The CSS classes the highlighter emits: short Pygments names, so themes written for Pygments or
 * Chroma mostly work, and the HTML stays small.
 */
final class TokenClass {
  static final String KEYWORD = "k";
  static final String TYPE = "kt";
  static final String STRING = "s";
  static final String COMMENT = "c";
  static final String PREPROCESSOR = "cp";
  static final String NUMBER = "m";
  static final String FUNCTION = "nf";
  static final String TAG = "nt";
  static final String ATTRIBUTE = "na";
  static final String VARIABLE = "nv";
  static final String DECORATOR = "nd";
  static final String ENTITY = "ni";
  static final String OPERATOR = "o";
  static final String INSERTED = "gi";
  static final String DELETED = "gd";
  static final String HEADING = "gh";
  static final String SUBHEADING = "gu";
  static final String PROMPT = "gp";
  static final String OUTPUT = "go";

  private TokenClass() {}
}
