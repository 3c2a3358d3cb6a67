package dev.kiln.highlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Reads the highlighter's HTML back in tests: its text, its spans, and whether it is the shape promised. */
final class Spans {
  private Spans() {}

  /** The code the HTML shows: tags removed, entities decoded. */
  static String text(String html) {
    return html.replaceAll("<[^>]*>", "")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }

  /** The class of the first span whose text contains {@code token}, or "(none)". */
  static String classOf(String html, String token) {
    for (Element span : Jsoup.parseBodyFragment("<pre><code>" + html + "</code></pre>").select("span")) {
      if (span.wholeText().contains(token)) {
        return span.className();
      }
    }
    return "(none)";
  }

  /** (class, text) of every span, in order. */
  static List<String> spans(String html) {
    List<String> result = new ArrayList<>();
    for (Element span : Jsoup.parseBodyFragment("<pre><code>" + html + "</code></pre>").select("span")) {
      result.add(span.className() + ":" + span.wholeText());
    }
    return result;
  }

  /**
   * Only flat {@code <span class="x">} tags, none across a line break, none blank, no two
   * neighbours of one class, no surrogate pair split, no raw {@code <}, {@code >}, {@code "}.
   */
  static void assertWellFormed(String html) {
    String open = null;
    String lastClosed = null;
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (html.startsWith("<span class=\"", i)) {
        int close = html.indexOf("\">", i);
        String cls = html.substring(i + 13, close);
        assertThat(open).as("nested span at %d in %s", i, html).isNull();
        assertThat(cls).matches("[a-z]{1,2}");
        assertThat(cls).as("neighbour spans of one class at %d in %s", i, html).isNotEqualTo(lastClosed);
        int contentEnd = html.indexOf("</span>", close);
        assertThat(html.substring(close + 2, contentEnd)).as("span content at %d in %s", i, html).isNotBlank().doesNotContain("\n");
        open = cls;
        i = close + 2;
      } else if (html.startsWith("</span>", i)) {
        lastClosed = open;
        open = null;
        i += 7;
      } else if (c == '<' || c == '>' || c == '"') {
        fail("raw %s at %d in %s", c, i, html);
      } else {
        if (c != ' ' && c != '\t') {
          lastClosed = null;
        }
        if (Character.isHighSurrogate(c)) {
          assertThat(i + 1 < html.length() && Character.isLowSurrogate(html.charAt(i + 1)))
              .as("surrogate pair split at %d in %s", i, html).isTrue();
          i++;
        } else {
          assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d in %s", i, html).isFalse();
        }
        i++;
      }
    }
    assertThat(open).as("unclosed span in %s", html).isNull();
  }
}
