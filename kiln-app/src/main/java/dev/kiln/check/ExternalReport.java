package dev.kiln.check;

import dev.kiln.source.Diagnostic;
import java.util.Optional;

/**
 * Words an external link's outcome for the author: a page that answers "not found" or "gone" is an
 * error (the link is dead); a host that cannot be reached, or keeps failing, is a warning (it may be down).
 */
final class ExternalReport {
    private ExternalReport() {}

    static Optional<Diagnostic> of(ExternalLink link, ExternalChecker.Outcome o) {
        String url = link.uri().toString();
        String tries = o.attempts() > 1 ? " (" + o.attempts() + " attempts)" : "";
        if (o.status().isPresent()) {
            int status = o.status().get();
            if (status < 400) return Optional.empty();
            if (status >= 500 || status == 429) {
                return Optional.of(Diagnostic.warning("check.external-unreachable", link.at(),
                        url + " answered " + status + tries, "the site may be down for a while; check again later",
                        link.sourceLine()));
            }
            return Optional.of(Diagnostic.error("check.external-broken", link.at(), url + " answered " + status
                    + (status == 404 ? " (not found)" : status == 410 ? " (gone)" : ""),
                    "update the link, or point it to an archived copy", link.sourceLine()));
        }
        return Optional.of(Diagnostic.warning("check.external-unreachable", link.at(), url + " " + o.failure() + tries,
                "check the URL; if it works in a browser, the site may block robots", link.sourceLine()));
    }
}
