package dev.kiln.check;

import dev.kiln.source.Location;
import dev.kiln.source.SourcePath;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * Says where a URL found on a generated page came from: the Markdown link or image in the post or
 * page it was written in, when there is one; otherwise the element in the generated file (a list
 * or taxonomy page made from a template).
 */
final class SourceLocator {
    private final Map<String, LintDocument> byOutput;
    private final Path root;
    private final Path outputFolder;

    SourceLocator(Map<String, LintDocument> byOutput, Path root, Path outputFolder) {
        this.byOutput = byOutput;
        this.root = root;
        this.outputFolder = outputFolder;
    }

    /** The Markdown document a page was rendered from, if any. */
    Optional<LintDocument> document(String outputPath) {
        return Optional.ofNullable(byOutput.get(outputPath));
    }

    /**
     * Where {@code ref} on the page {@code outputPath} was written in the page's Markdown; empty when
     * the page has no Markdown source or the URL is not in it (it came from a template).
     */
    Optional<Location> inMarkdown(String outputPath, String ref) {
        LintDocument doc = byOutput.get(outputPath);
        if (doc == null) return Optional.empty();
        if (doc.markdown().isPresent()) {
            String wanted = decode(ref);
            for (Node n : MarkdownNodes.of(doc.markdown().get())) {
                String dest = n instanceof Link ? ((Link) n).getDestination()
                        : n instanceof Image ? ((Image) n).getDestination() : null;
                if (dest != null && (dest.equals(ref) || decode(dest).equals(wanted))) return Optional.of(doc.at(n));
            }
        }
        int from = doc.text().lineStart(Math.min(doc.document().bodyFirstLine(), doc.text().lineCount()));
        int at = doc.text().text().indexOf(ref, from);
        return at >= 0 ? Optional.of(doc.text().locationAt(at, ref.length())) : Optional.empty();
    }

    /** A line and column in a generated file, named by its path under the site when the output is inside it. */
    Location inOutput(String outputPath, Element element) {
        Range.Position p = element == null ? null : element.sourceRange().start();
        int line = p != null && p.isTracked() ? Math.max(1, p.lineNumber()) : 1;
        int column = p != null && p.isTracked() ? Math.max(1, p.columnNumber()) : 1;
        return new Location(outputSource(outputPath), line, column, 0);
    }

    SourcePath outputSource(String outputPath) {
        Path file = outputFolder.resolve(outputPath).normalize();
        if (file.startsWith(root) && !file.equals(root)) return SourcePath.relative(root, file);
        return SourcePath.of(outputFolder.getFileName() + "/" + outputPath);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
