package dev.kiln.check;

import dev.kiln.source.Diagnostic;
import dev.kiln.source.Location;
import dev.kiln.source.Severity;
import java.util.List;

/** One content lint: a stable code, how bad it is by default, and the check itself. */
interface LintRule {
    String code();

    Severity severity();

    List<Diagnostic> check(LintContext site);

    /** A finding of this rule in {@code doc}, carrying the offending line. */
    default Diagnostic finding(LintDocument doc, Location at, String message, String hint) {
        return doc.diagnostic(severity(), code(), at, message, hint);
    }
}
