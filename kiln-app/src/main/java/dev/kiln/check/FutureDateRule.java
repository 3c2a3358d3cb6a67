package dev.kiln.check;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Severity;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A post dated after now is silently left out of the site until then; usually a typo in the year.
 * Not reported with {@code --future}, which publishes such posts on purpose.
 */
final class FutureDateRule implements LintRule {
    @Override
    public String code() {
        return "lint.future-date";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Diagnostic> check(LintContext site) {
        List<Diagnostic> out = new ArrayList<>();
        if (site.future()) return out;
        for (LintDocument doc : site.documents()) {
            Optional<ZonedDateTime> date = doc.document().frontMatter().date();
            if (!doc.isPost() || date.isEmpty() || !date.get().toInstant().isAfter(site.now())) continue;
            out.add(finding(doc, doc.key("date"), "the post is dated " + date.get().toLocalDate()
                            + ", in the future, so it is not published yet",
                    "fix the date, or build with --future to publish it now"));
        }
        return out;
    }
}
