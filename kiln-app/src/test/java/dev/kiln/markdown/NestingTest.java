package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.source.Diagnostic;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class NestingTest {
    private final Rendering rendering = Rendering.withDefaults();

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aHundredThousandNestedQuotesGiveATooDeepErrorNotAStackOverflow() {
        RenderedMarkdown md = rendering.render("intro\n\n" + "> ".repeat(100_000) + "deep\n", 5, "", LinkResolver.KEEP_ALL);

        assertThat(md.html()).isEmpty();
        assertThat(rendering.diagnostics()).extracting(Diagnostic::code).containsExactly("content.too-deep");
        assertThat(rendering.diagnostics().get(0).location().line()).isEqualTo(7);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aHundredThousandNestedListsGiveATooDeepError() {
        rendering.render("- ".repeat(100_000) + "deep\n");

        assertThat(rendering.diagnostics()).extracting(Diagnostic::code).containsExactly("content.too-deep");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void deeplyNestedEmphasisGivesATooDeepError() {
        rendering.render("*".repeat(100_000) + "a" + "*".repeat(100_000) + "\n");

        assertThat(rendering.diagnostics()).extracting(Diagnostic::code).containsExactly("content.too-deep");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void deeplyNestedImagesAreRefusedBeforeParsing() {
        rendering.render("text\n" + "![".repeat(100_000) + "a" + "](u)".repeat(100_000) + "\n");

        assertThat(rendering.diagnostics()).extracting(Diagnostic::location)
                .extracting(l -> l.line() + ":" + l.column())
                .containsExactly("2:" + (2 * ImageNestingGuard.MAX_IMAGE_NESTING + 1));
    }

    @Test
    void moreImagesThanTheNestingLimitSideBySideAreNotNesting() {
        RenderedMarkdown md = rendering.render("![a](u.png) ".repeat(ImageNestingGuard.MAX_IMAGE_NESTING + 44) + "\n");

        assertThat(rendering.diagnostics()).isEmpty();
        assertThat(md.html().split("<img", -1)).hasSize(ImageNestingGuard.MAX_IMAGE_NESTING + 45);
    }

    @Test
    void ordinaryNestingRendersWithoutDiagnostics() {
        RenderedMarkdown md = rendering.render("> ".repeat(20) + "- ".repeat(20) + "*deep*\n");

        assertThat(rendering.diagnostics()).isEmpty();
        assertThat(md.html()).contains("<em>deep</em>");
    }
}
