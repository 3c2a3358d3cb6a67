package dev.kiln.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeedPostTest {

    @Test
    void parsesTheSeedPost() throws IOException {
        String shared = System.getProperty("kiln.shared", "../shared");
        Path seed = Path.of(shared, "seed", "kubecon-na-2024.md");
        assumeTrue(Files.isRegularFile(seed), "skipped: the seed post " + seed.toAbsolutePath() + " is absent");
        Diagnostics decoding = new Diagnostics();
        SourceText text = SourceText.decode(SourcePath.of("content/posts/kubecon-na-2024.md"),
                Files.readAllBytes(seed), decoding).orElseThrow();

        Parsed p = Parsed.of(text, DocumentKind.POST);

        assertThat(p.problems()).isEmpty();
        FrontMatter fm = p.fm();
        assertThat(fm.title()).isEqualTo("Cloud Native Rejekts + KubeCon NA 2024");
        assertThat(fm.date().orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2024, 11, 18));
        assertThat(fm.authors()).containsExactly("Matteo Bianchi");
        assertThat(fm.categories()).containsExactly("Cloud Native");
        assertThat(fm.excerpt()).hasValueSatisfying(e -> assertThat(e).startsWith("Reflections on"));
        assertThat(p.doc().bodyFirstLine()).isEqualTo(8);
        assertThat(p.doc().body()).startsWith("\n# ");
    }
}
