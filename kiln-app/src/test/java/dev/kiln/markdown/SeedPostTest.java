package dev.kiln.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real-world seed post from ../shared renders cleanly. Its text is read, never copied here. */
class SeedPostTest {
    private final Rendering rendering = Rendering.withDefaults();

    @Test
    void theSeedPostRendersWithItsTitleHeadingDroppedAndATableOfContents() throws IOException {
        Path seed = Path.of(System.getProperty("kiln.shared", "../../shared"), "seed", "kubecon-na-2024.md");
        Assumptions.assumeTrue(Files.isRegularFile(seed), () -> "seed post missing: " + seed.toAbsolutePath());
        List<String> lines = Files.readAllLines(seed);
        int closing = lines.subList(1, lines.size()).indexOf("---") + 1;
        String title = lines.subList(1, closing).stream()
                .filter(l -> l.startsWith("title:"))
                .map(l -> l.substring(6).strip().replace("\"", ""))
                .findFirst().orElseThrow();
        String body = String.join("\n", lines.subList(closing + 1, lines.size())) + "\n";

        RenderedMarkdown md = rendering.render(body, closing + 2, title, LinkResolver.KEEP_ALL);

        assertThat(rendering.diagnostics()).isEmpty();
        assertThat(body).contains("# " + title);
        assertThat(md.html()).doesNotContain("<h1");
        assertThat(md.headings()).isNotEmpty().allSatisfy(h -> assertThat(md.html()).contains("id=\"" + h.id() + "\""));
        assertThat(md.wordCount()).isBetween(500, 1500);
        assertThat(md.excerpt()).isNotEmpty().hasSizeLessThanOrEqualTo(300);
    }
}
