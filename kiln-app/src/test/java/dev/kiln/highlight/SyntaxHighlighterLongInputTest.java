package dev.kiln.highlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A huge or unclosed code block must not hang a build. The timeout is a hang guard, ten times what
 * a megabyte takes on a loaded two-core machine, not a benchmark.
 */
class SyntaxHighlighterLongInputTest {
  private static final Duration HANG = Duration.ofSeconds(20);
  private final SyntaxHighlighter highlighter = new SyntaxHighlighter();

  @Test
  void highlightsAMegabyteOfCodeInEveryMajorLanguage() {
    StringBuilder code = new StringBuilder();
    while (code.length() < 1_000_000) {
      for (String sample : Samples.byLanguage().values()) {
        code.append(sample);
      }
    }
    String text = code.toString();
    assertTimeoutPreemptively(HANG, () -> {
      for (String language : List.of("java", "yaml", "toml", "html", "bash", "python", "json", "diff")) {
        assertThat(Spans.text(highlighter.highlight(language, text).orElseThrow())).isEqualTo(text);
      }
    });
  }

  @Test
  void survivesAMegabyteLongLineThatOpensAStringOrCommentAndNeverClosesIt() {
    for (String opener : List.of("\"", "'", "/*", "<!--", "`", "\"\"\"", "#", "<a b=\"", "x = [", "- {a: ")) {
      String text = opener + "ab\\c d: e=[f, ".repeat(75_000);
      assertTimeoutPreemptively(HANG, () -> {
        for (String language : List.of("java", "javascript", "python", "html", "yaml", "toml", "go", "rust")) {
          assertThat(Spans.text(highlighter.highlight(language, text).orElseThrow())).isEqualTo(text);
        }
      }, opener);
    }
  }
}
