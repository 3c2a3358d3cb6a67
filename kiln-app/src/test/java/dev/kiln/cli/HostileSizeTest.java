package dev.kiln.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Input that is too big or too deep: refused quickly, with little memory, at the spot. */
@Timeout(60)
class HostileSizeTest {
    private static final String FRONT = "---\ntitle: \"T\"\ndate: 2025-01-01\n---\n";

    @TempDir
    Path dir;

    private HostileSite site;

    @BeforeEach
    void site() {
        site = new HostileSite(dir);
    }

    @Test
    void aFiftyMegabytePostIsRefusedQuicklyAndWithLittleMemory() throws Exception {
        Path big = dir.resolve("content/posts/big.md");
        byte[] paragraph = "Lorem ipsum dolor sit amet, *consectetur* [adipiscing](https://example.org/) elit.\n\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big))) {
            out.write(FRONT.getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += paragraph.length) out.write(paragraph);
        }
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();

        HostileSite.Outcome o = site.build();

        assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(20.0);
        // Reading the file is allowed (50 MiB); parsing it, which took 3 GiB, is not.
        assertThat(rt.totalMemory() - rt.freeMemory() - before).isLessThan(600L * 1024 * 1024);
        assertThat(o.diagnostics()).containsExactly("source.too-large content/posts/big.md:1:1");
        assertThat(o.cli().err()).contains("the file is 50.0 MiB; Kiln reads text files up to 4 MiB");
    }

    @Test
    void aHundredThousandNestedListsAreTooDeepAtTheFirstLevelPastTheLimit() {
        site.write("content/posts/lists.md", FRONT + "- ".repeat(100_000) + "deep\n");
        assertThat(site.build().diagnostics()).containsExactly("content.too-deep content/posts/lists.md:5:65");
    }

    @Test
    void aHundredThousandNestedBlockquotesAreTooDeepAtTheFirstLevelPastTheLimit() {
        site.write("content/posts/quotes.md", FRONT + ">".repeat(100_000) + " deep\n");
        assertThat(site.build().diagnostics()).containsExactly("content.too-deep content/posts/quotes.md:5:65");
    }
}
