package dev.kiln.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A content file parsed from its bytes (only YAML front matter decoded) is what it is parsed from its whole text. */
class DocumentBytesTest {
    private static final DocumentParser PARSER = new DocumentParser(ZoneId.of("UTC"));
    private static final SourcePath FILE = SourcePath.of("content/posts/p.md");

    private record Outcome(Optional<Document> document, List<?> diagnostics) {}

    private static Outcome viaText(byte[] bytes) {
        Diagnostics d = new Diagnostics();
        Optional<Document> doc = SourceText.decode(FILE, bytes, d).flatMap(t -> PARSER.parse(t, DocumentKind.POST, d));
        return new Outcome(doc, d.toList());
    }

    private static Outcome viaBytes(byte[] bytes) {
        Diagnostics d = new Diagnostics();
        return new Outcome(PARSER.parse(FILE, bytes, DocumentKind.POST, d), d.toList());
    }

    private static final String POST = "title: T\ndate: 2024-11-18\n";

    @ParameterizedTest
    @ValueSource(strings = {
            "---\n" + POST + "---\n# Body — with an em dash\n\nText.\n",
            "---\r\n" + "title: T\r\ndate: 2024-11-18\r\n" + "---\r\nCRLF body\r\n",
            "---\r" + "title: T\rdate: 2024-11-18\r" + "---\rlone CR body\r",
            "\uFEFF---\n" + POST + "---\nafter a byte-order mark\n",
            "---\n" + POST + "...\nclosed with dots\n",
            "--- \t\n" + POST + "---  \nfences with trailing blanks\n",
            "---\n" + POST + "----\nnot a fence\n---\nbody\n",
            "---\n" + POST + "---",
            "---\n" + POST + "---\n",
            "---\n" + POST + "--- x\nnever closed\n",
            "---\n" + POST,
            "---\ntitle: “Curly” — ünïcode\ndate: 2024-11-18\n---\nbody\n",
            "---\ntitle: [unclosed\ndate: 2024-11-18\n---\nbody\n",
            "---\n" + POST + "---\nbody with a replacement character \uFFFD of its own\n",
            "---\n" + POST + "---\nbody\n---\nanother fence in the body\n",
            "+++\ntitle = \"T\"\ndate = 2024-11-18\n+++\nTOML\n",
            "{\"title\": \"T\", \"date\": \"2024-11-18\"}\nJSON\n",
            "no front matter at all\n",
            "",
    })
    void theSameDocumentAndDiagnostics(String file) {
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        assertThat(viaBytes(bytes)).isEqualTo(viaText(bytes));
    }

    @Test
    void onlyYamlFrontMatterWithALineEndAfterItsClosingFenceIsReadAsAHead() {
        String front = "---\n" + POST + "---\n";
        assertThat(headEnd(front + "body\n")).isEqualTo(front.length());
        assertThat(headEnd("---\r\ntitle: T\r\n...  \r\nbody")).isEqualTo("---\r\ntitle: T\r\n...  \r\n".length());
        assertThat(headEnd("---\rtitle: T\r---\rbody")).isEqualTo("---\rtitle: T\r---\r".length());
        assertThat(headEnd("\uFEFF" + front + "body")).isEqualTo(3 + front.length());
        for (String whole : List.of("---\n" + POST + "---", "---\n" + POST, "--- x\n" + POST + "---\nbody\n",
                "+++\ntitle = \"T\"\n+++\nbody\n", "{\"title\": \"T\"}\nbody\n", "body only\n", "")) {
            assertThat(headEnd(whole)).as(whole).isEqualTo(-1);
        }
        // The head is all the text holds; the body comes from the bytes.
        byte[] bytes = (front + "Über — alles\n").getBytes(StandardCharsets.UTF_8);
        SourceText head = SourceText.decodeHead(FILE, bytes, headEnd(front + "Über — alles\n"), new Diagnostics()).orElseThrow();
        assertThat(head.text()).isEqualTo(front);
        assertThat(head.compactFrom(front.length()).text()).isEqualTo("Über — alles\n");
    }

    private static int headEnd(String file) {
        return FrontMatterSplitter.yamlHeadEnd(file.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void badBytesInTheBodyAreReportedWhereTheyAreAsBefore() {
        String head = "---\n" + POST + "---\nline one\nline two ";
        for (byte[] bad : List.of(new byte[] {0}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x80})) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bad);
            out.writeBytes(" and more\n".getBytes(StandardCharsets.UTF_8));
            byte[] bytes = out.toByteArray();
            Outcome text = viaText(bytes);
            assertThat(text.document()).isEmpty();
            assertThat(text.diagnostics()).isNotEmpty();
            assertThat(viaBytes(bytes)).isEqualTo(text);
        }
    }

    @Test
    void theBodyAndChecksumComeFromTheWholeFile() {
        byte[] bytes = ("---\n" + POST + "---\nÜber — alles\n").getBytes(StandardCharsets.UTF_8);
        Document doc = viaBytes(bytes).document().orElseThrow();
        assertThat(doc.body()).isEqualTo("Über — alles\n");
        assertThat(doc.bodyFirstLine()).isEqualTo(5);
        assertThat(doc.contentHash()).isEqualTo(dev.kiln.source.Checksum.of(bytes));
    }
}
