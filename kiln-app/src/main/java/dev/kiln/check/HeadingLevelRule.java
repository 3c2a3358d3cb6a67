package dev.kiln.check;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Severity;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;

/**
 * Heading levels that skip one (an h2 followed by an h4): screen readers navigate by level, and
 * the table of contents nests by it. The page title is the h1, so a body may start at h2.
 */
final class HeadingLevelRule implements LintRule {
    @Override
    public String code() {
        return "lint.heading-skip";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Diagnostic> check(LintContext site) {
        List<Diagnostic> out = new ArrayList<>();
        for (LintDocument doc : site.documents()) {
            if (doc.markdown().isEmpty()) continue;
            int previous = 1;
            for (Heading h : MarkdownNodes.of(doc.markdown().get(), Heading.class)) {
                if (h.getLevel() > previous + 1) {
                    out.add(finding(doc, doc.at(h), "an h" + h.getLevel() + " follows an h" + previous
                                    + ", skipping a level",
                            "make it an h" + (previous + 1) + " (" + "#".repeat(previous + 1) + " …)"));
                }
                previous = h.getLevel();
            }
        }
        return out;
    }
}
