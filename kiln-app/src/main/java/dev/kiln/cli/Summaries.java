package dev.kiln.cli;

import dev.kiln.build.BuildReport;
import java.nio.file.Path;
import java.util.Locale;

/** The one line a build ends with: pages written, files unchanged, warnings, time. */
final class Summaries {
    private Summaries() {}

    static String of(BuildReport r, Path siteRoot) {
        Path out = r.outputFolder();
        Path shown = out.startsWith(siteRoot.toAbsolutePath().normalize())
                ? siteRoot.toAbsolutePath().normalize().relativize(out) : out;
        return String.format(Locale.ROOT, "Built %s: %d written, %d unchanged, %d removed, %s in %.2f s → %s",
                count(r.posts(), "post"), r.written().size(), r.unchanged(), r.removed().size(),
                count(r.warnings(), "warning"), r.time().toNanos() / 1e9, shown);
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
