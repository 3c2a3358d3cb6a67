package dev.kiln.check;

import dev.kiln.content.Document;
import dev.kiln.content.DocumentKind;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Location;
import dev.kiln.source.Severity;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * One content file as lint sees it: the parsed document, the file's text (for positions and the
 * offending line), and its Markdown tree with source spans, absent when the body is nested too
 * deeply to render (too hostile to parse twice).
 */
record LintDocument(Document document, SourceText text, Optional<Node> markdown) {
    SourcePath source() {
        return document.source();
    }

    boolean isPost() {
        return document.kind() == DocumentKind.POST;
    }

    /** The file location of a Markdown node: its first source span, moved down to the body's first line. */
    Location at(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) return new Location(source(), document.bodyFirstLine(), 1, 0);
        SourceSpan span = spans.get(0);
        return text.location(document.bodyFirstLine() + span.getLineIndex(), span.getColumnIndex() + 1, span.getLength());
    }

    /** Where front-matter field {@code name} (canonical name, e.g. "excerpt") was written, else the file's start. */
    Location key(String name) {
        Location l = document.frontMatter().keyLocations().get(name);
        return l != null ? l : Location.startOf(source());
    }

    Diagnostic diagnostic(Severity severity, String code, Location at, String message, String hint) {
        return new Diagnostic(severity, code, at, message, hint, text.line(at.line()));
    }
}
