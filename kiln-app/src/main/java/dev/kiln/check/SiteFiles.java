package dev.kiln.check;

import dev.kiln.output.OutputFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The generated files by output path, and how a web server finds one for a URL path. */
final class SiteFiles {
    private final Map<String, OutputFile> byPath = new LinkedHashMap<>();

    SiteFiles(List<OutputFile> files) {
        // A later file at the same path is the one published (a static file replaced by a page): keep the last.
        for (OutputFile f : files) byPath.put(f.path(), f);
    }

    /** The file served for {@code path} (relative to the output folder, decoded): itself, or its folder's index.html. */
    Optional<String> lookup(String path) {
        if (path.isEmpty() || path.endsWith("/")) return present(path + "index.html");
        Optional<String> exact = present(path);
        return exact.isPresent() ? exact : present(path + "/index.html");
    }

    private Optional<String> present(String path) {
        return byPath.containsKey(path) ? Optional.of(path) : Optional.empty();
    }

    Map<String, OutputFile> all() {
        return byPath;
    }
}
