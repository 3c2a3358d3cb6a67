package dev.kiln.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each source file went: from its path relative to SRC (and other names a generator's
 * links use for it) to its path relative to DEST, so that links between posts become Kiln's
 * relative {@code .md} links, which Kiln resolves and checks.
 */
final class LinkIndex {
    private final Map<String, String> byName = new HashMap<>();
    private final java.util.Set<String> dests = new java.util.HashSet<>();

    LinkIndex(List<Planned> docs) {
        for (Planned d : docs) {
            byName.put(d.source().path(), d.dest());
            dests.add(d.dest());
        }
    }

    /** True when {@code path} (relative to DEST) is one of the imported documents. */
    boolean isDest(String path) {
        return dests.contains(path);
    }

    /** Also reachable as {@code name} (a Jekyll post id, a Hugo content path without extension, …). */
    void alias(String name, String dest) {
        byName.putIfAbsent(name, dest);
    }

    Optional<String> dest(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The relative link from the file {@code fromDest} to the file {@code toDest}, both relative to DEST. */
    static String relative(String fromDest, String toDest) {
        String[] from = fromDest.split("/");
        String[] to = toDest.split("/");
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) common++;
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) sb.append("../");
        for (int i = common; i < to.length; i++) sb.append(to[i]).append(i < to.length - 1 ? "/" : "");
        return sb.toString();
    }

    /** A path as a Markdown link destination: in angle brackets when it holds spaces or parentheses. */
    static String markdownTarget(String path) {
        return path.contains(" ") || path.contains("(") || path.contains(")") ? "<" + path + ">" : path;
    }

    /** A relative path inside the source site resolved against a folder, normalised; empty if it leaves the site. */
    static Optional<String> resolve(String folder, String relative) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        if (!relative.startsWith("/") && !folder.isEmpty()) for (String p : folder.split("/")) parts.addLast(p);
        for (String p : relative.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return Optional.empty();
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
