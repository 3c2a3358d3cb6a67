package dev.kiln.importer;

import java.util.Set;

/** Names every importer derives from source paths, and slugs it keeps unique. */
final class ImportNames {
    private ImportNames() {}

    /** The last segment of a folder path: {@code posts} for {@code content/posts}. */
    static String last(String dir) {
        return dir.substring(dir.lastIndexOf('/') + 1);
    }

    /** A file's name without folder and extension: {@code hello} for {@code posts/hello.md}. */
    static String baseName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** {@code slug}, or {@code slug-2}, {@code slug-3}… whichever is not in {@code taken} yet; adds it. */
    static String unique(String slug, Set<String> taken) {
        String s = slug;
        for (int n = 2; !taken.add(s); n++) s = slug + "-" + n;
        return s;
    }
}
