package dev.kiln.content;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The result of parsing one inline sample file, with its diagnostics as "code@line:column". */
final class Parsed {
    static final ZoneId SITE_ZONE = ZoneId.of("Europe/Berlin");
    static final SourcePath PATH = SourcePath.of("content/posts/sample.md");

    final Diagnostics diagnostics = new Diagnostics();
    final Optional<Document> document;

    private Parsed(SourceText text, DocumentKind kind) {
        document = new DocumentParser(SITE_ZONE).parse(text, kind, diagnostics);
    }

    static Parsed post(String text) {
        return new Parsed(SourceText.of(PATH, text), DocumentKind.POST);
    }

    static Parsed page(String text) {
        return new Parsed(SourceText.of(PATH, text), DocumentKind.PAGE);
    }

    static Parsed of(SourceText text, DocumentKind kind) {
        return new Parsed(text, kind);
    }

    Document doc() {
        return document.orElseThrow(() -> new AssertionError("not parsed: " + diagnostics.toList()));
    }

    FrontMatter fm() {
        return doc().frontMatter();
    }

    List<String> problems() {
        return diagnostics.toList().stream()
                .map(d -> d.code() + "@" + d.location().line() + ":" + d.location().column())
                .toList();
    }

    Diagnostic only() {
        List<Diagnostic> all = diagnostics.toList();
        if (all.size() != 1) throw new AssertionError("expected one diagnostic, got " + all);
        return all.get(0);
    }
}
