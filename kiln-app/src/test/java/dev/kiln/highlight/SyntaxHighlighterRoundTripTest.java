package dev.kiln.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxHighlighterRoundTripTest {
  private final SyntaxHighlighter highlighter = new SyntaxHighlighter();

  static Stream<String> languages() {
    return new SyntaxHighlighter().languages().stream();
  }

  static List<String> inputs() {
    List<String> inputs = new ArrayList<>(Samples.hostile());
    inputs.addAll(Samples.byLanguage().values());
    inputs.addAll(Samples.random());
    return inputs;
  }

  @ParameterizedTest
  @MethodSource("languages")
  void givesBackTheCodeExactlyOnceTagsAreRemovedAndEntitiesDecoded(String language) {
    for (String code : inputs()) {
      String html = highlighter.highlight(language, code).orElseThrow();
      assertThat(Spans.text(html)).as("%s: %s", language, html).isEqualTo(code);
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void emitsOnlyFlatNonBlankSpansThatNeverCrossALineOrSplitAnEmoji(String language) {
    for (String code : inputs()) {
      Spans.assertWellFormed(highlighter.highlight(language, code).orElseThrow());
    }
  }

  @Test
  void highlightsEmptyCodeAsEmptyHtml() {
    assertThat(highlighter.highlight("java", "")).contains("");
  }

  @Test
  void keepsLineBreaksAsTheyAreWithoutAddingOne() {
    assertThat(highlighter.highlight("java", "int a;\n\nint b;")).contains(
        "<span class=\"kt\">int</span> a;\n\n<span class=\"kt\">int</span> b;");
    assertThat(highlighter.highlight("java", "a\r\nb\r\n").orElseThrow()).isEqualTo("a\r\nb\r\n");
  }

  @Test
  void closesASpanAtEachLineEndEvenInsideAMultiLineComment() {
    assertThat(highlighter.highlight("java", "/* a\n b */")).contains(
        "<span class=\"c\">/* a</span>\n<span class=\"c\"> b */</span>");
  }
}
