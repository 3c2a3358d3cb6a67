package dev.kiln.check;

import java.time.Instant;
import java.util.List;

/** What lint rules see: every content file of the site, the build's clock and whether future posts are wanted. */
record LintContext(List<LintDocument> documents, Instant now, boolean future) {
    LintContext {
        documents = List.copyOf(documents);
    }
}
