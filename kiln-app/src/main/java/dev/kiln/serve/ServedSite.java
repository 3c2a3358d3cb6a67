package dev.kiln.serve;

import dev.kiln.build.BuildState;
import dev.kiln.site.PatchedMap;
import dev.kiln.output.OutputFile;
import dev.kiln.source.Diagnostic;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the server answers with: the last good build's files by output path (HTML with the reload
 * script injected) and the diagnostics of the latest build, shown as an overlay when it failed.
 * Immutable; the rebuild loop swaps in a new one after every build, sharing the unchanged files.
 */
record ServedSite(Map<String, ServedFile> files, List<Diagnostic> problems) {
    static final ServedSite EMPTY = new ServedSite(Map.of(), List.of());

    ServedSite {
        files = PatchedMap.of(files);
        problems = List.copyOf(problems);
    }

    Optional<ServedFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    boolean failed() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }

    /** The next site: only {@code changed} paths are prepared again, the rest are reused. */
    ServedSite next(BuildState state, Collection<String> changed, Collection<String> removed, List<Diagnostic> problems) {
        Map<String, ServedFile> puts = new HashMap<>();
        for (String path : changed) {
            OutputFile f = state.files().get(path);
            if (f != null) puts.put(path, prepare(path, f.bytes()));
        }
        return new ServedSite(PatchedMap.of(files).with(puts, removed), problems);
    }

    /** Every file of {@code state} prepared from scratch. */
    static ServedSite of(BuildState state, List<Diagnostic> problems) {
        Map<String, ServedFile> out = new HashMap<>();
        state.files().forEach((path, f) -> out.put(path, prepare(path, f.bytes())));
        return new ServedSite(out, problems);
    }

    ServedSite withProblems(List<Diagnostic> problems) {
        return new ServedSite(files, problems);
    }

    private static ServedFile prepare(String path, byte[] bytes) {
        String type = ServedFile.contentType(path);
        return ServedFile.of(path, type.startsWith("text/html") ? LiveReload.inject(bytes, pageUrl(path)) : bytes);
    }

    /** The URL a browser shows for output file {@code path}: posts/x/index.html → /posts/x/. */
    static String pageUrl(String path) {
        if (path.equals("index.html")) return "/";
        if (path.endsWith("/index.html")) return "/" + path.substring(0, path.length() - "index.html".length());
        return "/" + path;
    }
}
