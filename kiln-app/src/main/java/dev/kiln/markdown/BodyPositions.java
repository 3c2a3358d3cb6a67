package dev.kiln.markdown;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Location;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Turns commonmark source spans (0-based lines of the body, UTF-16 columns) into diagnostics in
 * file coordinates (1-based lines counted from the top of the file, code-point columns) that carry
 * the offending line. The body's line index is built only when a diagnostic is made.
 */
final class BodyPositions {
    private final SourcePath file;
    private final String body;
    private final int firstLine;
    private SourceText text;

    BodyPositions(SourcePath file, String body, int firstLine) {
        if (firstLine < 1) throw new IllegalArgumentException("the body's first line must be 1-based: " + firstLine);
        this.file = file;
        this.body = body;
        this.firstLine = firstLine;
    }

    /** An error at the start of {@code node} (its first source span), or at the body's start without one. */
    Diagnostic error(String code, Node node, String message, String hint) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) return errorAt(code, 0, message, hint);
        SourceSpan span = spans.get(0);
        Location inBody = text().location(span.getLineIndex() + 1, span.getColumnIndex() + 1, span.getLength());
        return toFile(code, inBody, message, hint);
    }

    /** An error at a UTF-16 offset into the body. */
    Diagnostic errorAt(String code, int offset, String message, String hint) {
        return toFile(code, text().locationAt(offset), message, hint);
    }

    private Diagnostic toFile(String code, Location inBody, String message, String hint) {
        Location inFile = new Location(file, inBody.line() + firstLine - 1, inBody.column(), inBody.length());
        return Diagnostic.error(code, inFile, message, hint, text().line(inBody.line()));
    }

    private SourceText text() {
        if (text == null) text = SourceText.of(file, body);
        return text;
    }
}
