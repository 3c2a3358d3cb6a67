package dev.kiln.check;

import dev.kiln.content.DocumentKind;
import dev.kiln.content.DocumentParser;
import dev.kiln.markdown.CommonMarkSetup;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import dev.kiln.source.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Reads the site's content files again for lint, which needs what the site model drops: front-matter
 * positions, the Markdown body and its source spans. Problems reading them were already reported
 * by the build, so they are not reported twice. Bodies in {@code unparsable} are not parsed.
 */
final class SourceDocuments {
    private SourceDocuments() {}

    static List<LintDocument> read(Path root, ZoneId timezone, Set<SourcePath> unparsable) throws IOException {
        DocumentParser parser = new DocumentParser(timezone);
        Parser markdown = CommonMarkSetup.parser();
        List<LintDocument> out = new ArrayList<>();
        Diagnostics ignored = new Diagnostics();
        for (SourcePath file : SourceTree.list(root, "content", ignored)) {
            if (!file.fileName().endsWith(".md")) continue;
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.resolveAgainst(root));
            } catch (IOException e) {
                continue;
            }
            Optional<SourceText> text = SourceText.decode(file, bytes, ignored);
            if (text.isEmpty()) continue;
            DocumentKind kind = file.startsWith("content/posts") ? DocumentKind.POST : DocumentKind.PAGE;
            var doc = parser.parse(text.get(), kind, ignored);
            if (doc.isEmpty()) continue;
            Optional<Node> tree = unparsable.contains(file) ? Optional.empty() : parse(markdown, doc.get().body());
            out.add(new LintDocument(doc.get(), text.get(), tree));
        }
        return out;
    }

    private static Optional<Node> parse(Parser markdown, String body) {
        try {
            return Optional.of(markdown.parse(body));
        } catch (StackOverflowError e) {
            // The renderer reports such bodies as content.too-deep; lint has nothing to add.
            return Optional.empty();
        }
    }
}
