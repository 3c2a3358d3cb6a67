package dev.kiln.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks sitemaps against sitemaps.org's XSDs with xmllint: a {@code <sitemapindex>} against
 * {@code siteindex.xsd}, anything else against {@code sitemap.xsd}.
 */
public final class SitemapValidator {
    private SitemapValidator() {
    }

    /**
     * One {@code file:line: element …: Schemas validity error : …} string per problem, empty when
     * every file is valid. Skips the calling test when xmllint or the schemas are missing (fails it
     * on CI when xmllint is).
     */
    public static List<String> validate(List<Path> files) {
        Map<String, List<Path>> bySchema = new LinkedHashMap<>();
        for (Path file : files) {
            String schema = "sitemapindex".equals(rootElement(file)) ? "siteindex.xsd" : "sitemap.xsd";
            bySchema.computeIfAbsent(schema, k -> new ArrayList<>()).add(file);
        }
        List<String> errors = new ArrayList<>();
        bySchema.forEach((schema, group) -> errors.addAll(validate(schema, group)));
        return List.copyOf(errors);
    }

    private static List<String> validate(String schemaName, List<Path> files) {
        Path schema = SharedFiles.conformance("sitemap/" + schemaName);
        List<String> args = new ArrayList<>(List.of(Tools.require(Tool.XMLLINT).toString(),
                "--nonet", "--noout", "--schema", schema.toString()));
        files.forEach(f -> args.add(f.toString()));
        Command run = Command.run(args);
        // xmllint writes everything to stderr, including one verdict line per file.
        List<String> errors = run.stderr().lines()
                .filter(line -> !line.isBlank())
                .filter(line -> !line.endsWith(" validates") && !line.endsWith(" fails to validate"))
                .toList();
        if (run.exitCode() != 0 && errors.isEmpty()) {
            return List.of(run.describeFailure());
        }
        return errors;
    }

    /** The root element's local name, or "" when the file is unreadable (xmllint then says why). */
    private static String rootElement(Path file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamReader.START_ELEMENT) {
                        return reader.getLocalName();
                    }
                }
                return "";
            } finally {
                reader.close();
            }
        } catch (IOException | XMLStreamException e) {
            return "";
        }
    }
}
