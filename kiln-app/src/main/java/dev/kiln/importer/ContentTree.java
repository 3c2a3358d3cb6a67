package dev.kiln.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The content folder of a Hugo or Zola site, as both read it: a folder with {@code index.md} is a
 * page bundle (every other file below it belongs to it), {@code _index.md} is a section's own
 * page (the files beside it belong to it), other Markdown files are pages, and the remaining files
 * are loose files.
 */
final class ContentTree {
    enum Kind { BUNDLE, SECTION, PAGE }

    /** A content file, relative to SRC; {@code dir} is its folder below the content folder ("" at the top). */
    record Entry(Kind kind, String file, String dir, List<String> resources) {}

    /**
     * The section with the most dated pages (section pages themselves not counted): where a Hugo
     * or Zola site names no section of posts, that is the one its theme would list as posts.
     */
    static <T> Optional<String> mostDatedSection(List<T> reads, Function<T, Entry> entry, Function<T, String> section,
                                                 Predicate<T> dated) {
        Map<String, Integer> counts = new TreeMap<>();
        for (T r : reads) {
            if (entry.apply(r).kind() != Kind.SECTION && !section.apply(r).isEmpty() && dated.test(r)) {
                counts.merge(section.apply(r), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    static final Set<String> MARKDOWN = Set.of("md", "markdown", "mdown", "mkd", "mkdn");

    final List<Entry> entries = new ArrayList<>();
    final List<String> loose = new ArrayList<>();

    ContentTree(String contentDir, List<String> files) {
        String prefix = contentDir + "/";
        TreeMap<String, String> bundles = new TreeMap<>();
        for (String f : files) {
            String rel = f.substring(prefix.length());
            String name = rel.substring(rel.lastIndexOf('/') + 1);
            if (isIndex(name, "index") && rel.contains("/")) bundles.put(rel.substring(0, rel.lastIndexOf('/')) + "/", f);
        }
        java.util.Map<String, List<String>> resourcesOf = new java.util.HashMap<>();
        for (String f : files) {
            String bundle = bundleOf(bundles, f.substring(prefix.length()));
            if (bundle != null && !bundles.get(bundle).equals(f)) resourcesOf.computeIfAbsent(bundle, b -> new ArrayList<>()).add(f);
        }
        for (String f : files) {
            String rel = f.substring(prefix.length());
            String dir = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
            String name = rel.substring(rel.lastIndexOf('/') + 1);
            String bundle = bundleOf(bundles, rel);
            if (bundle != null) {
                if (bundles.get(bundle).equals(f)) {
                    entries.add(new Entry(Kind.BUNDLE, f, bundle.substring(0, bundle.length() - 1),
                            resourcesOf.getOrDefault(bundle, List.of())));
                }
            } else if (isIndex(name, "_index")) {
                entries.add(new Entry(Kind.SECTION, f, dir, new ArrayList<>()));
            } else if (MARKDOWN.contains(JekyllImport.extension(name))) {
                entries.add(new Entry(Kind.PAGE, f, dir, List.of()));
            } else {
                loose.add(f);
            }
        }
        // Files beside a section's _index.md belong to it (a branch bundle's resources).
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.kind() != Kind.SECTION) continue;
            List<String> mine = loose.stream().filter(l -> folderOf(l).equals(folderOf(e.file()))).toList();
            loose.removeAll(mine);
            entries.set(i, new Entry(Kind.SECTION, e.file(), e.dir(), mine));
        }
    }

    /** The outermost bundle folder that holds rel: a bundle's sub-folders are its resources, even with an index.md. */
    private static String bundleOf(TreeMap<String, String> bundles, String rel) {
        int slash = rel.indexOf('/');
        while (slash > 0) {
            String dir = rel.substring(0, slash + 1);
            if (bundles.containsKey(dir)) return dir;
            slash = rel.indexOf('/', slash + 1);
        }
        return null;
    }

    private static boolean isIndex(String name, String base) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.substring(0, dot).equals(base) && MARKDOWN.contains(name.substring(dot + 1));
    }

    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
