package dev.kiln.check;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Location;
import dev.kiln.source.Severity;
import java.util.ArrayList;
import java.util.List;

/** A post or page with front matter but no body: usually a file saved before it was written. */
final class EmptyPostRule implements LintRule {
    @Override
    public String code() {
        return "lint.empty-post";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Diagnostic> check(LintContext site) {
        List<Diagnostic> out = new ArrayList<>();
        for (LintDocument doc : site.documents()) {
            if (!doc.document().body().replace("<!--more-->", "").isBlank()) continue;
            Location at = Location.startOf(doc.source());
            out.add(finding(doc, at, doc.source().fileName() + " has front matter but no text",
                    "write the " + (doc.isPost() ? "post" : "page") + ", or mark it draft: true until it is ready"));
        }
        return out;
    }
}
