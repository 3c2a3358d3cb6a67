package dev.kiln.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Any bytes as a content file: decoding and front-matter parsing never throw, and every problem is
 * a diagnostic inside the file, whether the whole file or only its front matter is decoded. In {@code mvn verify} this replays the inputs under
 * src/test/resources/dev/kiln/content/DocumentParserFuzzTestInputs/; fuzz for 10 minutes with
 * {@code JAZZER_FUZZ=1 ./mvnw -B test -pl kiln-app -Dtest=DocumentParserFuzzTest}.
 */
class DocumentParserFuzzTest {
    private static final DocumentParser PARSER = new DocumentParser(ZoneId.of("Europe/Berlin"));
    private static final SourcePath FILE = SourcePath.of("content/posts/fuzz.md");

    @FuzzTest(maxDuration = "10m")
    void anyFileGivesADocumentOrDiagnosticsInsideIt(FuzzedDataProvider data) {
        boolean post = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        Diagnostics diagnostics = new Diagnostics();
        Optional<SourceText> text = SourceText.decode(FILE, bytes, diagnostics);
        Optional<Document> doc = text.flatMap(t -> PARSER.parse(t, post ? DocumentKind.POST : DocumentKind.PAGE, diagnostics));
        if (doc.isEmpty()) assertThat(diagnostics.hasErrors()).as("a refused file says why").isTrue();
        int lines = text.map(SourceText::lineCount).orElse(Integer.MAX_VALUE);
        for (Diagnostic d : diagnostics.toList()) {
            assertThat(d.location().file()).isEqualTo(FILE);
            assertThat(d.location().line()).isLessThanOrEqualTo(lines);
        }
        doc.ifPresent(d -> assertThat(d.bodyFirstLine()).isLessThanOrEqualTo(lines + 1));
        // Parsing the bytes, which decodes only YAML front matter, gives the same.
        Diagnostics fromBytes = new Diagnostics();
        assertThat(PARSER.parse(FILE, bytes, post ? DocumentKind.POST : DocumentKind.PAGE, fromBytes)).isEqualTo(doc);
        assertThat(fromBytes.toList()).isEqualTo(diagnostics.toList());
    }
}
