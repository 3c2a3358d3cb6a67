package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SharedRendererTest {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(MarkdownOptions.defaults());

    private static String body(int i) {
        return "# Post " + i + "\n\n## Part " + i + "\n\nText " + "word ".repeat(i) + "[x](p" + i + ".md#f)[^n]\n\n"
                + "```java\nint i = " + i + ";\n```\n\n[^n]: Note " + i + ".\n";
    }

    private static RenderedMarkdown render(int i) {
        return RENDERER.render(SourcePath.of("content/p" + i + ".md"), body(i), 3, "Post " + i,
                path -> new Rewrite("/" + path.replace(".md", "/")), new Diagnostics());
    }

    @Test
    void oneRendererGivesTheSameResultsOnManyThreadsAsOnOne() throws Exception {
        List<RenderedMarkdown> sequential = IntStream.range(0, 400).mapToObj(SharedRendererTest::render).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RenderedMarkdown>> parallel = IntStream.range(0, 400)
                    .mapToObj(i -> pool.submit(() -> render(i)))
                    .toList();
            for (int i = 0; i < 400; i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential.get(7).html()).contains("href=\"/p7/#f\"").doesNotContain("<h1");
    }
}
