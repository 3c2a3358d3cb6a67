package dev.kiln.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.TestSite;
import dev.kiln.source.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text XML cannot hold never breaks a feed; the author hears where it is. */
class InvalidCharactersTest {
    @Test
    void aControlCharacterInABodyIsDroppedWithAWarningAtItsLine() {
        var site = TestSite.of("""
                -- content/posts/bell.md --
                ---
                title: Bell
                date: 2024-03-01
                ---
                First line.

                A bell \u0007 rings.
                """).build();

        List<Diagnostic> warnings = warnings(site);
        assertThat(warnings).hasSize(1);
        Diagnostic w = warnings.get(0);
        assertThat(w.location().file().value()).isEqualTo("content/posts/bell.md");
        assertThat(w.location().line()).isEqualTo(7);
        assertThat(w.location().column()).isEqualTo(8);
        assertThat(w.message()).contains("U+0007");
        assertThat(w.sourceLine()).isEqualTo("A bell  rings.");
        for (String feed : List.of("atom.xml", "rss.xml")) {
            Xml.parse(site.file(feed));
            assertThat(site.file(feed)).contains("A bell  rings.");
        }
        assertThat(site.file("feed.json")).contains("A bell  rings.").doesNotContain("\\u0007");
    }

    @Test
    void anEscapedLoneSurrogateInATitleIsDroppedAndTheFileNamed() {
        var site = TestSite.of("""
                -- content/posts/half.md --
                ---
                title: "Half \\uD83D a smile"
                date: 2024-03-01
                tags: ["x\\u0001y"]
                ---
                Body.
                """).build();

        List<Diagnostic> warnings = warnings(site);
        assertThat(warnings).extracting(d -> d.location().file().value()).containsExactly("content/posts/half.md");
        assertThat(warnings.get(0).location().line()).isEqualTo(1);
        assertThat(Xml.parse(site.file("atom.xml")).select("entry > title").first().wholeText())
                .isEqualTo("Half  a smile");
        assertThat(Xml.rome(site.file("rss.xml")).getEntries().get(0).getTitle()).isEqualTo("Half  a smile");
        assertThat(Xml.parse(site.file("tags/x-y/atom.xml")).select("category").attr("term")).isEqualTo("xy");
    }

    private static List<Diagnostic> warnings(TestSite.Built site) {
        return site.report().diagnostics().stream().filter(d -> d.code().equals("feed.invalid-character")).toList();
    }
}
