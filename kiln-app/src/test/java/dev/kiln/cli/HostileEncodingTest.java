package dev.kiln.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bytes that are not the UTF-8 text Kiln expects, and every kind of line end. */
@Timeout(30)
class HostileEncodingTest {
    @TempDir
    Path dir;

    private HostileSite site;

    @BeforeEach
    void site() {
        site = new HostileSite(dir);
    }

    @Test
    void aUtf8ByteOrderMarkIsReadAsIfItWereNotThere() throws Exception {
        HostileSite.Outcome o = site.fixture("bom.md").build();
        assertThat(o.exitCode()).isZero();
        assertThat(o.diagnostics()).isEmpty();
        assertThat(Files.readString(dir.resolve("public/posts/bom/index.html"), StandardCharsets.UTF_8))
                .contains("<title>BOM").doesNotContain("\uFEFF");
    }

    @Test
    void utf16IsAnEncodingErrorAtTheStart() {
        HostileSite.Outcome o = site.fixture("utf16.md").build();
        assertThat(o.diagnostics()).containsExactly("source.encoding content/posts/utf16.md:1:1");
    }

    @Test
    void invalidUtf8IsAnErrorAtTheBadByte() {
        HostileSite.Outcome o = site.fixture("invalid-utf8.md").build();
        assertThat(o.diagnostics()).containsExactly("source.invalid-utf8 content/posts/invalid-utf8.md:2:13");
    }

    @Test
    void aNulByteIsAnErrorAtTheByte() {
        HostileSite.Outcome o = site.fixture("nul.md").build();
        assertThat(o.diagnostics()).containsExactly("source.binary content/posts/nul.md:5:6");
    }

    @Test
    void aBinaryFileNamedMdIsNotText() {
        HostileSite.Outcome o = site.fixture("binary.md").build();
        assertThat(o.diagnostics()).containsExactly("source.binary content/posts/binary.md:3:1");
    }

    @Test
    void crlfLineEndsKeepLinesAndColumnsRight() {
        HostileSite.Outcome o = site.fixture("crlf.md").build();
        assertThat(o.diagnostics()).containsExactly("front-matter.date content/posts/crlf.md:3:7");
    }

    @Test
    void loneCrLineEndsKeepLinesAndColumnsRight() {
        HostileSite.Outcome o = site.fixture("lone-cr.md").build();
        assertThat(o.diagnostics()).containsExactly("front-matter.date content/posts/lone-cr.md:3:7");
    }
}
