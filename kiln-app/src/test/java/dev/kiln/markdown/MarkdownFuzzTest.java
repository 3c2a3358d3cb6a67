package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;

/**
 * Any text as a Markdown body: rendering never throws (nor overflows the stack), and every problem
 * is a diagnostic at or below the body's first line. Replays its inputs in {@code mvn verify};
 * fuzz for 10 minutes with {@code JAZZER_FUZZ=1 ./mvnw -B test -pl kiln-app -Dtest=MarkdownFuzzTest}.
 */
class MarkdownFuzzTest {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(MarkdownOptions.defaults());
    private static final SourcePath FILE = SourcePath.of("content/posts/fuzz.md");

    @FuzzTest(maxDuration = "10m")
    void anyBodyRendersOrSaysWhyNot(FuzzedDataProvider data) {
        int firstLine = data.consumeInt(1, 50);
        String title = data.consumeString(40);
        String body = data.consumeRemainingAsString();
        Diagnostics diagnostics = new Diagnostics();
        RenderedMarkdown md = RENDERER.render(FILE, body, firstLine, title,
                destination -> new Broken("no " + destination, ""), diagnostics);
        assertThat(md.wordCount()).isNotNegative();
        for (Diagnostic d : diagnostics.toList()) assertThat(d.location().line()).isGreaterThanOrEqualTo(firstLine);
    }
}
