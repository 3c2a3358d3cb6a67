package dev.kiln.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyntaxHighlighterLanguagesTest {
  private final SyntaxHighlighter highlighter = new SyntaxHighlighter();

  @Test
  void supportsEveryLanguageKilnPromisesUnderItsCommonNames() {
    List<String> names = List.of("java", "kotlin", "kt", "go", "golang", "rust", "rs", "python", "py",
        "javascript", "js", "typescript", "ts", "bash", "shell", "sh", "zsh", "console", "yaml", "yml",
        "json", "toml", "xml", "svg", "html", "css", "sql", "dockerfile", "docker", "c", "cpp", "csharp",
        "scala", "groovy", "lua", "php", "ruby", "markdown", "md", "ini", "properties", "makefile",
        "proto", "diff");
    for (String name : names) {
      assertThat(highlighter.supports(name)).as(name).isTrue();
      assertThat(highlighter.languages()).contains(name);
    }
  }

  @Test
  void matchesLanguageNamesIgnoringCaseAndSurroundingBlanks() {
    assertThat(highlighter.supports("YAML")).isTrue();
    assertThat(highlighter.supports(" Java ")).isTrue();
    assertThat(highlighter.highlight("JSON", "1")).isEqualTo(highlighter.highlight("json", "1"));
  }

  @Test
  void returnsNothingForALanguageItDoesNotKnowSoTheCallerRendersPlainCode() {
    assertThat(highlighter.highlight("brainfudge", "+++.")).isEmpty();
    assertThat(highlighter.highlight("text", "plain")).isEmpty();
    assertThat(highlighter.highlight("", "x")).isEmpty();
    assertThat(highlighter.highlight(null, "x")).isEmpty();
    assertThat(highlighter.supports("brainfudge")).isFalse();
  }

  @Test
  void listsItsLanguageNamesSortedAndWithoutDuplicates() {
    List<String> names = highlighter.languages();
    assertThat(names).isSorted().doesNotHaveDuplicates().hasSizeGreaterThan(100);
  }

  @Test
  void escapesMarkupInCodeSoItCannotRunInThePage() {
    for (String language : List.of("java", "html", "xml", "yaml", "toml", "bash", "markdown")) {
      String html = highlighter.highlight(language, "<script>alert(\"x & y\")</script>").orElseThrow();
      assertThat(html).as(language).doesNotContain("<script").doesNotContain("\"x")
          .contains("&lt;").contains("script").contains("&quot;").contains("&amp;");
    }
  }
}
