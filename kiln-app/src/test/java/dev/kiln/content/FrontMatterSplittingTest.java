package dev.kiln.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.source.Checksum;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourceText;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrontMatterSplittingTest {

    @Test
    void splitsYamlFrontMatterFromTheBody() {
        Parsed p = Parsed.post("---\ntitle: Hello\ndate: 2024-11-18\n---\n# Heading\n\nText\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.doc().body()).isEqualTo("# Heading\n\nText\n");
        assertThat(p.doc().bodyFirstLine()).isEqualTo(5);
        assertThat(p.fm().title()).isEqualTo("Hello");
    }

    @Test
    void acceptsTrailingSpacesOnFencesAndDotsAsTheClosingFence() {
        Parsed p = Parsed.post("---  \ntitle: Hello\ndate: 2024-11-18\n...\nBody\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.doc().body()).isEqualTo("Body\n");
    }

    @Test
    void handlesCrlfLineEnds() {
        Parsed p = Parsed.post("---\r\ntitle: Hello\r\ndate: 2024-11-18\r\n---\r\nBody\r\n");
        assertThat(p.fm().title()).isEqualTo("Hello");
        assertThat(p.doc().body()).isEqualTo("Body\r\n");
        assertThat(p.doc().bodyFirstLine()).isEqualTo(5);
        assertThat(p.fm().keyLocations().get("date").toString()).isEqualTo("content/posts/sample.md:3:7");
    }

    @Test
    void handlesLoneCrLineEnds() {
        Parsed p = Parsed.post("---\rtitle: Hello\rdate: 2024-11-31\r---\rBody\r");
        assertThat(p.problems()).containsExactly("front-matter.date@3:7");
        Parsed ok = Parsed.post("---\rtitle: Hello\rdate: 2024-11-18\r---\rBody\r");
        assertThat(ok.doc().body()).isEqualTo("Body\r");
        assertThat(ok.doc().bodyFirstLine()).isEqualTo(5);
    }

    @Test
    void readsAFileWithAByteOrderMark() {
        byte[] bytes = ("\uFEFF---\ntitle: Hello\ndate: 2024-11-31\n---\nBody\n").getBytes(StandardCharsets.UTF_8);
        SourceText text = SourceText.decode(Parsed.PATH, bytes, new Diagnostics()).orElseThrow();
        Parsed p = Parsed.of(text, DocumentKind.POST);
        assertThat(p.problems()).containsExactly("front-matter.date@3:7");
    }

    @Test
    void aFileReadAsBytesKeepsTheSameBodyAndChecksumAsItsText() {
        String[] files = {
            "---\ntitle: \"Café — 中文 😀\"\ndate: 2024-11-18\n---\n# Ünïcödé 😀\n\nText — more\n",
            "\uFEFF---\r\ntitle: Hello\r\ndate: 2024-11-18\r\n---\r\nBody é\r\n",
            "{\"title\": \"JSON — 😀\", \"date\": \"2024-11-18\"}\nBody 中\n",
            "---\ntitle: Empty — body\ndate: 2024-11-18\n---",
            "---\ntitle: Last line\ndate: 2024-11-18\n---\n",
        };
        for (String file : files) {
            byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
            SourceText decoded = SourceText.decode(Parsed.PATH, bytes, new Diagnostics()).orElseThrow();
            Parsed fromBytes = Parsed.of(decoded, DocumentKind.POST);
            Parsed fromText = Parsed.post(file.startsWith("\uFEFF") ? file.substring(1) : file);

            assertThat(fromBytes.problems()).as(file).isEmpty();
            assertThat(fromBytes.doc().body()).as(file).isEqualTo(fromText.doc().body());
            assertThat(fromBytes.doc().bodyText()).as(file).isEqualTo(fromText.doc().bodyText());
            assertThat(fromBytes.doc().contentHash()).as(file).isEqualTo(fromText.doc().contentHash())
                    .isEqualTo(Checksum.of(decoded.text().getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void splitsTomlFrontMatter() {
        Parsed p = Parsed.post("+++\ntitle = \"Hello\"\ndate = 2024-11-18\ntags = [\"a\"]\n+++\nBody\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.fm().title()).isEqualTo("Hello");
        assertThat(p.fm().tags()).containsExactly("a");
        assertThat(p.doc().body()).isEqualTo("Body\n");
        assertThat(p.doc().bodyFirstLine()).isEqualTo(6);
    }

    @Test
    void splitsJsonFrontMatterAtTheMatchingBrace() {
        Parsed p = Parsed.post("{\n  \"title\": \"Curly } inside {\",\n  \"date\": \"2024-11-18\",\n"
                + "  \"params\": {\"x\": 1}\n}\nBody {not json}\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.fm().title()).isEqualTo("Curly } inside {");
        assertThat(p.doc().body()).isEqualTo("Body {not json}\n");
        assertThat(p.doc().bodyFirstLine()).isEqualTo(6);
    }

    @Test
    void reportsJsonErrorsAtTheirLine() {
        Parsed p = Parsed.post("{\n  \"title\": \"Hi\",\n  \"date\": 2024-11-18\n}\n");
        assertThat(p.problems()).containsExactly("data.syntax@3:11");
    }

    @Test
    void rejectsTextAfterTheClosingBraceOfJson() {
        Parsed p = Parsed.post("{\"title\": \"Hi\", \"date\": \"2024-11-18\"} and more\nBody\n");
        assertThat(p.problems()).containsExactly("front-matter.json@1:39");
    }

    @Test
    void reportsAnUnclosedFenceAtTheOpeningFence() {
        Parsed p = Parsed.post("---\ntitle: Hello\ndate: 2024-11-18\n\nBody without a closing fence\n");
        assertThat(p.document).isEmpty();
        assertThat(p.problems()).containsExactly("front-matter.unclosed@1:1");
        assertThat(p.only().hint()).isEqualTo("close the front matter with a line containing only ---");
    }

    @Test
    void reportsAnUnclosedTomlFenceWithItsOwnFence() {
        Parsed p = Parsed.post("+++\ntitle = \"Hello\"\n");
        assertThat(p.problems()).containsExactly("front-matter.unclosed@1:1");
        assertThat(p.only().hint()).endsWith("+++");
    }

    @Test
    void reportsUnclosedJson() {
        Parsed p = Parsed.post("{\n  \"title\": \"Hello\",\n");
        assertThat(p.problems()).containsExactly("front-matter.unclosed@1:1");
    }

    @Test
    void reportsAFileWithoutFrontMatter() {
        Parsed p = Parsed.post("# Just Markdown\n");
        assertThat(p.problems()).containsExactly("front-matter.missing@1:1");
        assertThat(p.only().message()).contains("title is required");
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(Parsed.post("").problems()).containsExactly("front-matter.missing@1:1");
        assertThat(Parsed.page("").problems()).containsExactly("front-matter.missing@1:1");
    }

    @Test
    void doesNotTakeAFenceAfterABlankFirstLine() {
        Parsed p = Parsed.post("\n---\ntitle: Hello\n---\n");
        assertThat(p.problems()).containsExactly("front-matter.missing@1:1");
    }

    @Test
    void readsFrontMatterWithNoBodyAfterIt() {
        Parsed p = Parsed.page("---\ntitle: About\n---");
        assertThat(p.doc().body()).isEmpty();
        assertThat(p.doc().bodyFirstLine()).isEqualTo(4);
    }

    @Test
    void hashesTheFullText() {
        Document a = Parsed.page("---\ntitle: About\n---\nOne\n").doc();
        Document b = Parsed.page("---\ntitle: About\n---\nTwo\n").doc();
        assertThat(a.contentHash()).hasSize(16).matches("[0-9a-f]+").isNotEqualTo(b.contentHash());
        assertThat(Parsed.page("---\ntitle: About\n---\nOne\n").doc().contentHash()).isEqualTo(a.contentHash());
    }
}
