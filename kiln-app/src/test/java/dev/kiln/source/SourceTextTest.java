package dev.kiln.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceTextTest {
    private static final SourcePath PATH = SourcePath.of("content/posts/p.md");

    @Test
    void utf8TextDecodesAsItIsWithAReplacementCharacterOfItsOwn() {
        String text = "---\ntitle: Café — 中文 😀 \uFFFD\n---\nBody\n";
        Diagnostics diagnostics = new Diagnostics();

        Optional<SourceText> decoded = SourceText.decode(PATH, text.getBytes(StandardCharsets.UTF_8), diagnostics);

        assertThat(diagnostics.isEmpty()).isTrue();
        assertThat(decoded.orElseThrow().text()).isEqualTo(text);
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWhereTheyAre() {
        byte[][] invalid = {
            {'a', '\n', 'b', (byte) 0xFF, 'c'},
            {'a', '\n', 'b', (byte) 0xC0, (byte) 0xAF},               // overlong '/'
            {'a', '\n', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80},  // a surrogate encoded
            {'a', '\n', 'b', (byte) 0xE2, (byte) 0x80},               // cut off
        };
        for (byte[] bytes : invalid) {
            Diagnostics diagnostics = new Diagnostics();
            assertThat(SourceText.decode(PATH, bytes, diagnostics)).isEmpty();
            assertThat(diagnostics.toList()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("source.invalid-utf8");
                assertThat(d.location().toString()).isEqualTo("content/posts/p.md:2:2");
            });
        }
    }
}
