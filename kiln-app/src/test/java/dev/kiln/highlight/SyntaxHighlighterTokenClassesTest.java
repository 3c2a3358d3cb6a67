package dev.kiln.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntaxHighlighterTokenClassesTest {
  private final SyntaxHighlighter highlighter = new SyntaxHighlighter();

  @ParameterizedTest(name = "{0}: {1} is {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
      "java       | public       | k",
      "java       | \"x\"        | s",
      "java       | // c         | c",
      "java       | 42           | m",
      "java       | @Override    | nd",
      "kotlin     | fun          | k",
      "kotlin     | String       | kt",
      "kotlin     | // c         | c",
      "go         | func         | k",
      "go         | \"fmt\"      | s",
      "go         | // c         | c",
      "rust       | fn           | k",
      "rust       | \"x\"        | s",
      "rust       | // c         | c",
      "python     | def          | k",
      "python     | 'x'          | s",
      "python     | # c          | c",
      "python     | @dec         | nd",
      "python     | more\"\"\"   | s",
      "javascript | const        | k",
      "javascript | 'x'          | s",
      "javascript | // c         | c",
      "typescript | interface    | k",
      "typescript | string       | kt",
      "bash       | echo         | nf",
      "bash       | \"hi         | s",
      "bash       | $USER        | nv",
      "bash       | # c          | c",
      "json       | \"a\"        | na",
      "json       | \"x\"        | s",
      "json       | true         | k",
      "json       | 1            | m",
      "xml        | <root        | nt",
      "xml        | a            | na",
      "xml        | \"1\"        | s",
      "xml        | <!-- c -->   | c",
      "xml        | <?xml        | cp",
      "html       | <div         | nt",
      "html       | &amp;        | ni",
      "html       | var          | k",
      "css        | color        | k",
      "css        | #fff         | m",
      "css        | /* c */      | c",
      "sql        | SELECT       | k",
      "sql        | 'x'          | s",
      "sql        | -- c         | c",
      "dockerfile | FROM         | k",
      "dockerfile | # c          | c",
      "dockerfile | \"x\"        | s",
      "console    | $            | gp",
      "console    | world        | go",
      "console    | \"hello\"    | s",
      "diff       | +y           | gi",
      "diff       | -x           | gd",
      "diff       | @@ -1 +1 @@  | gu",
  })
  void givesEachKindOfTokenItsClass(String language, String token, String cls) {
    String html = highlighter.highlight(language, Samples.byLanguage().get(language)).orElseThrow();
    assertThat(Spans.classOf(html, token)).as(html).isEqualTo(cls);
  }

  @Test
  void mergesNeighbouringTokensOfOneClassAcrossBlanks() {
    String html = highlighter.highlight("java", "public static final int x;").orElseThrow();
    assertThat(html).startsWith("<span class=\"k\">public static final</span> ");
  }

  @Test
  void leavesIdentifiersAndWhitespaceUnwrapped() {
    String html = highlighter.highlight("java", "  foo(bar);").orElseThrow();
    assertThat(html).isEqualTo("  foo(bar);");
  }

  @Test
  void showsRustAttributesAsPlainTextRatherThanErrors() {
    String html = highlighter.highlight("rust", "#[derive(Debug)]\nstruct A;").orElseThrow();
    assertThat(html).startsWith("#[derive(Debug)]\n").doesNotContain("err");
  }
}
