package dev.kiln.highlight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Highlights code blocks at build time: returns the HTML that goes inside {@code <code>}, every
 * token escaped and wrapped in a span with a short Pygments-style class. Thread-safe; build one and
 * share it.
 */
public final class SyntaxHighlighter {
  private final Map<String, Language> byName;
  private final List<String> names;
  // Token makers keep scratch state between calls, so each thread gets its own, made on first use.
  private final ThreadLocal<Map<Language, LineLexer>> lexers =
      ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));

  public SyntaxHighlighter() {
    Map<String, Language> names = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      for (String name : language.names()) {
        if (names.put(name, language) != null) {
          throw new IllegalStateException("Language name used twice: " + name);
        }
      }
    }
    this.byName = Collections.unmodifiableMap(names);
    List<String> sorted = new ArrayList<>(names.keySet());
    Collections.sort(sorted);
    this.names = List.copyOf(sorted);
  }

  /** Whether {@code language} (a fence info word such as {@code yml}, any case) is highlighted. */
  public boolean supports(String language) {
    return find(language) != null;
  }

  /** Every language name and alias accepted, sorted. */
  public List<String> languages() {
    return names;
  }

  /**
   * The highlighted HTML for {@code code} (escaped, to go inside {@code <code>}), or empty if the
   * language is unknown, in which case the caller renders plain escaped code. Line breaks are kept
   * exactly; removing the tags and unescaping gives back {@code code}.
   */
  public Optional<String> highlight(String language, String code) {
    Language found = find(language);
    if (found == null) {
      return Optional.empty();
    }
    LineLexer lexer = lexers.get().computeIfAbsent(found, Language::newLexer);
    return Optional.of(render(lexer, code.toCharArray()));
  }

  private Language find(String language) {
    return language == null ? null : byName.get(language.strip().toLowerCase(Locale.ROOT));
  }

  private static String render(LineLexer lexer, char[] text) {
    HtmlSpans out = new HtmlSpans(text);
    int state = LineLexer.INITIAL;
    int lineStart = 0;
    while (true) {
      int lineEnd = lineStart;
      while (lineEnd < text.length && text[lineEnd] != '\n') {
        lineEnd++;
      }
      // The lexers see a line without its break; a CR of CRLF is put back as it was.
      int contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
      state = lexer.line(text, lineStart, contentEnd, state, out);
      out.endLine();
      if (lineEnd == text.length) {
        out.lineBreak(contentEnd, lineEnd);
        return out.finish();
      }
      out.lineBreak(contentEnd, lineEnd + 1);
      lineStart = lineEnd + 1;
    }
  }
}
