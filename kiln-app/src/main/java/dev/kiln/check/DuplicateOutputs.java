package dev.kiln.check;

import dev.kiln.output.OutputFile;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * No two generated files share a path. The site model refuses two pages with one URL; this also
 * catches a static file and a page at one path (static/about/index.html next to about.md), where
 * one would silently replace the other.
 */
final class DuplicateOutputs {
    private DuplicateOutputs() {}

    static List<Diagnostic> run(List<OutputFile> files, SourceLocator locator) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (OutputFile f : files) counts.merge(f.path(), 1, Integer::sum);
        List<Diagnostic> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() < 2) continue;
            Optional<LintDocument> doc = locator.document(e.getKey());
            Location at = doc.map(d -> Location.startOf(d.source())).orElse(locator.inOutput(e.getKey(), null));
            out.add(Diagnostic.error("check.duplicate-permalink", at,
                    e.getValue() + " generated files share the path " + e.getKey() + "; only the last one is published",
                    "remove the static file, or give the page another slug", ""));
        }
        return out;
    }
}
