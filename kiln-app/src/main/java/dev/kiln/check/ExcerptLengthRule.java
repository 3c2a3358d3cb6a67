package dev.kiln.check;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * An excerpt longer than a meta description should be: search engines cut descriptions at about
 * {@value #LIMIT} characters, mid-word.
 */
final class ExcerptLengthRule implements LintRule {
    static final int LIMIT = 160;

    @Override
    public String code() {
        return "lint.excerpt-length";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Diagnostic> check(LintContext site) {
        List<Diagnostic> out = new ArrayList<>();
        for (LintDocument doc : site.documents()) {
            String excerpt = doc.document().frontMatter().excerpt().orElse("").strip();
            int length = excerpt.codePointCount(0, excerpt.length());
            if (length > LIMIT) {
                out.add(finding(doc, doc.key("excerpt"), "the excerpt is " + length + " characters long;"
                        + " search results cut it after about " + LIMIT, "shorten it to one or two sentences"));
            }
        }
        return out;
    }
}
