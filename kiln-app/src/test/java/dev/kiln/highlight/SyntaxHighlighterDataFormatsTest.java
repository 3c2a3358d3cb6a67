package dev.kiln.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** YAML and TOML, which Kiln lexes itself because the library colours YAML keys not at all and lacks TOML. */
class SyntaxHighlighterDataFormatsTest {
  private final SyntaxHighlighter highlighter = new SyntaxHighlighter();

  private String yaml(String code) {
    return highlighter.highlight("yaml", code).orElseThrow();
  }

  private String toml(String code) {
    return highlighter.highlight("toml", code).orElseThrow();
  }

  @Test
  void showsYamlKeysAsAttributesAndTheirScalarsByKind() {
    String html = yaml("title: \"Hi: there\" # note\ncount: 12\nratio: -1.5e3\nok: true\nnone: ~\nname: Ada\n");
    assertThat(Spans.spans(html)).containsExactly(
        "na:title", "s:\"Hi: there\"", "c:# note", "na:count", "m:12", "na:ratio", "m:-1.5e3",
        "na:ok", "k:true", "na:none", "k:~", "na:name");
  }

  @Test
  void followsYaml12SoYesAndDatesAreNotColouredAsBooleansOrNumbers() {
    assertThat(Spans.spans(yaml("a: yes\nb: 2024-11-18\nc: 0x1F\n")))
        .containsExactly("na:a", "na:b", "na:c", "m:0x1F");
  }

  @Test
  void findsYamlKeysInSequencesFlowMappingsAndQuotes() {
    assertThat(Spans.spans(yaml("- name: a\n  \"quoted key\": b\n{x: 1, 'y': [z]}\n")))
        .containsExactly("na:name", "na:\"quoted key\"", "na:x", "m:1", "na:'y'");
  }

  @Test
  void doesNotTakeAUrlOrATimeInAValueForAKey() {
    assertThat(Spans.spans(yaml("url: http://example.org:8080/a\nat: 12:30\n")))
        .containsExactly("na:url", "na:at");
  }

  @Test
  void showsAnchorsAliasesTagsDocumentMarkersAndDirectives() {
    assertThat(Spans.spans(yaml("%YAML 1.2\n---\nbase: &b !!map {}\nuse: *b\n...\n"))).containsExactly(
        "cp:%YAML 1.2", "cp:---", "na:base", "nv:&b", "kt:!!map", "na:use", "nv:*b", "cp:...");
  }

  @Test
  void treatsTheMoreIndentedLinesAfterABlockIndicatorAsOneString() {
    String html = yaml("run: |\n  echo \"a: b\" # not a comment\n\n  done\nnext: 1\n");
    assertThat(Spans.spans(html)).containsExactly(
        "na:run", "o:|", "s:echo \"a: b\" # not a comment", "s:done", "na:next", "m:1");
  }

  @Test
  void keepsAHashInsideAWordOrQuotesOutOfComments() {
    assertThat(Spans.spans(yaml("color: a#b\nq: 'it''s # x'\n")))
        .containsExactly("na:color", "na:q", "s:'it''s # x'");
  }

  @Test
  void showsTomlTablesKeysAndValuesByKind() {
    String html = toml("[server]\nhost = \"x\" # c\nport = 8080\nup = true\nwhen = 1979-05-27T07:32:00Z\n[[a.b]]\n");
    assertThat(Spans.spans(html)).containsExactly(
        "nt:[server]", "na:host", "o:=", "s:\"x\"", "c:# c", "na:port", "o:=", "m:8080", "na:up", "o:=",
        "k:true", "na:when", "o:=", "m:1979-05-27T07:32:00Z", "nt:[[a.b]]");
  }

  @Test
  void findsDottedQuotedAndInlineTableKeysInToml() {
    assertThat(Spans.spans(toml("\"a b\".c = 1\npoint = { x = 1, y = [2, 3] }\n"))).containsExactly(
        "na:\"a b\".c", "o:=", "m:1", "na:point", "o:=", "na:x", "o:=", "m:1", "na:y", "o:=", "m:2", "m:3");
  }

  @Test
  void carriesTomlMultiLineStringsAndArraysAcrossLines() {
    String html = toml("s = \"\"\"\nkey = \"not a key\"\n\"\"\"\narr = [\n  [1],\n]\n[t]\n");
    assertThat(Spans.spans(html)).containsExactly(
        "na:s", "o:=", "s:\"\"\"", "s:key = \"not a key\"", "s:\"\"\"", "na:arr", "o:=", "m:1", "nt:[t]");
  }
}
