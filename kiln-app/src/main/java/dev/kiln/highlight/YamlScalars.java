package dev.kiln.highlight;

import java.util.List;

/**
 * Which plain YAML scalars are numbers or constants under the YAML 1.2 core schema, the one Kiln's
 * YAML reader uses: so {@code yes} and {@code 0x} stay strings here too. Hand-written rather than
 * regular expressions because it runs once per scalar.
 */
final class YamlScalars {
  private static final List<String> CONSTANTS =
      List.of("~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE");
  private static final List<String> SPECIAL_NUMBERS = List.of(
      ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN");

  private YamlScalars() {}

  static boolean isConstant(char[] t, int from, int to) {
    return isOneOf(CONSTANTS, t, from, to);
  }

  static boolean isNumber(char[] t, int from, int to) {
    if (to - from > 2 && t[from] == '0' && (t[from + 1] == 'x' || t[from + 1] == 'o')) {
      int radix = t[from + 1] == 'x' ? 16 : 8;
      for (int i = from + 2; i < to; i++) {
        if (Character.digit(t[i], radix) < 0) {
          return false;
        }
      }
      return true;
    }
    if (isOneOf(SPECIAL_NUMBERS, t, from, to)) {
      return true;
    }
    int i = from < to && (t[from] == '-' || t[from] == '+') ? from + 1 : from;
    int digits = 0;
    while (i < to && isDigit(t[i])) {
      i++;
      digits++;
    }
    if (i < to && t[i] == '.') {
      i++;
      while (i < to && isDigit(t[i])) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < to && (t[i] == 'e' || t[i] == 'E')) {
      i++;
      if (i < to && (t[i] == '-' || t[i] == '+')) {
        i++;
      }
      int exponent = i;
      while (i < to && isDigit(t[i])) {
        i++;
      }
      if (i == exponent) {
        return false;
      }
    }
    return i == to;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isOneOf(List<String> words, char[] t, int from, int to) {
    for (String word : words) {
      if (word.length() == to - from && word.equals(String.valueOf(t, from, to - from))) {
        return true;
      }
    }
    return false;
  }
}
