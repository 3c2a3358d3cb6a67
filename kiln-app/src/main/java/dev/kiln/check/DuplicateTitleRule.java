package dev.kiln.check;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Two files with the same title (ignoring case and spacing): readers and search results cannot tell them apart. */
final class DuplicateTitleRule implements LintRule {
    @Override
    public String code() {
        return "lint.duplicate-title";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Diagnostic> check(LintContext site) {
        Map<String, LintDocument> first = new LinkedHashMap<>();
        List<Diagnostic> out = new ArrayList<>();
        for (LintDocument doc : site.documents()) {
            String title = doc.document().frontMatter().title();
            String key = title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            LintDocument earlier = first.putIfAbsent(key, doc);
            if (earlier != null) {
                out.add(finding(doc, doc.key("title"), "the title \"" + title + "\" is also the title of "
                        + earlier.source(), "give each post and page its own title"));
            }
        }
        return out;
    }
}
