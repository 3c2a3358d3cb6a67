package dev.kiln.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What commands may read from the outside world: environment variables and the clock. Passed in,
 * so tests run the real commands with a fixed clock.
 */
record Environment(Map<String, String> variables, Clock clock) {
    /** The site a command works on when none is given: the launcher points it at the example blog. */
    Path defaultSite() {
        String fromLauncher = variables.get("KILN_DEFAULT_SITE");
        return Path.of(fromLauncher != null && !fromLauncher.isBlank() ? fromLauncher : ".");
    }
}
