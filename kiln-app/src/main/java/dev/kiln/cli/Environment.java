package dev.kiln.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What commands may read from the outside world: environment variables and the clock. Passed in,
 * so tests run the real commands with a fixed clock.
 */
record Environment(Map<String, String> variables, Clock clock) {
    /**
     * Where Kiln keeps caches that are not part of any output: the user's cache folder, never the
     * site (Kiln writes into a site only inside its output folder).
     */
    Path cacheFolder() {
        String xdg = variables.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "kiln");
        return Path.of(variables.getOrDefault("HOME", System.getProperty("user.home")), ".cache", "kiln");
    }

    /** The site a command works on when none is given: the launcher points it at the example blog. */
    Path defaultSite() {
        String fromLauncher = variables.get("KILN_DEFAULT_SITE");
        return Path.of(fromLauncher != null && !fromLauncher.isBlank() ? fromLauncher : ".");
    }
}
