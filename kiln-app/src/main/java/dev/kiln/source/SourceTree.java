package dev.kiln.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the user's files below one folder of the site, sorted. Skips hidden files and editor
 * droppings (swap, backup and lock files). A symbolic link is followed only when it stays inside
 * the site; one that leads out, or a loop, is a diagnostic, so that a build never reads (and
 * publishes) files from elsewhere on the machine.
 */
public final class SourceTree {
    private SourceTree() {}

    /** Every file below {@code folder}, hidden ones skipped. */
    public static List<SourcePath> list(Path siteRoot, String folder, Diagnostics diagnostics) throws IOException {
        return list(siteRoot, folder, false, diagnostics);
    }

    /**
     * Every file below {@code folder}; {@code withHidden} keeps files such as {@code .well-known/}
     * and {@code .htaccess}, which a static folder must publish (version control folders and
     * editor droppings are skipped either way).
     */
    public static List<SourcePath> list(Path siteRoot, String folder, boolean withHidden, Diagnostics diagnostics)
            throws IOException {
        List<SourcePath> out = new ArrayList<>();
        visit(siteRoot, folder, withHidden, diagnostics, (path, attrs) -> out.add(path));
        out.sort(null);
        return out;
    }

    /** What {@link #visit} reports of each file. */
    @FunctionalInterface
    public interface FileSink {
        void file(SourcePath path, BasicFileAttributes attrs);
    }

    /**
     * Reports each file {@link #list} would list, in no particular order, with its attributes:
     * the file's own (a tree without symbolic links), or, in a tree with one, those of the file
     * a link leads to.
     *
     * <p>Most trees have no link, and following links costs a second stat per file (and the check
     * that a link stays inside the site a third): tens of thousands of system calls for a large
     * site, listed twice per build. So the tree is walked without following links first, and
     * walked again following them only if it turns out to hold one.
     */
    public static void visit(Path siteRoot, String folder, boolean withHidden, Diagnostics diagnostics, FileSink sink)
            throws IOException {
        Path root = siteRoot.toAbsolutePath().normalize();
        Path start = root.resolve(folder);
        if (!Files.isDirectory(start)) return;
        record Found(SourcePath path, BasicFileAttributes attrs) {}
        List<Found> found = new ArrayList<>();
        Diagnostics problems = new Diagnostics();
        if (walkWithoutLinks(root, start, withHidden, problems, (path, attrs) -> found.add(new Found(path, attrs)))) {
            diagnostics.addAll(problems.toList());
            for (Found f : found) sink.file(f.path(), f.attrs());
        } else {
            walkFollowingLinks(root, start, withHidden, diagnostics, sink);
        }
    }

    /** Walks a tree without following links; false (and a partial walk) if it holds a link. */
    private static boolean walkWithoutLinks(Path root, Path start, boolean withHidden, Diagnostics diagnostics,
                                            FileSink sink) throws IOException {
        boolean[] sawLink = {false};
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(start) && isIgnored(dir.getFileName().toString(), withHidden)) return FileVisitResult.SKIP_SUBTREE;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (isIgnored(file.getFileName().toString(), withHidden)) return FileVisitResult.CONTINUE;
                if (attrs.isSymbolicLink()) {
                    sawLink[0] = true;
                    return FileVisitResult.TERMINATE;
                }
                if (attrs.isRegularFile()) sink.file(SourcePath.relative(root, file), attrs);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                unreadable(root, file, e, diagnostics);
                return FileVisitResult.CONTINUE;
            }
        });
        return !sawLink[0];
    }

    private static void walkFollowingLinks(Path root, Path start, boolean withHidden, Diagnostics diagnostics,
                                           FileSink sink) throws IOException {
        Path realRoot = root.toRealPath();
        Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(start) && isIgnored(dir.getFileName().toString(), withHidden)) return FileVisitResult.SKIP_SUBTREE;
                if (Files.isSymbolicLink(dir) && !dir.toRealPath().startsWith(realRoot)) {
                    outside(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (isIgnored(file.getFileName().toString(), withHidden) || !attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(realRoot)) {
                    outside(file);
                    return FileVisitResult.CONTINUE;
                }
                sink.file(SourcePath.relative(root, file), attrs);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                unreadable(root, file, e, diagnostics);
                return FileVisitResult.CONTINUE;
            }

            private void outside(Path p) {
                SourcePath sp = SourcePath.relative(root, p);
                diagnostics.add(Diagnostic.error("source.link-outside", Location.startOf(sp),
                        sp + " is a symbolic link to a place outside the site",
                        "copy the file into the site instead of linking to it", ""));
            }
        });
    }

    private static void unreadable(Path root, Path file, IOException e, Diagnostics diagnostics) {
        String why = e instanceof java.nio.file.FileSystemLoopException
                ? "is part of a symbolic link loop" : "cannot be read (" + e.getClass().getSimpleName() + ")";
        diagnostics.add(Diagnostic.error("source.unreadable", Location.startOf(SourcePath.relative(root, file)),
                SourcePath.relative(root, file) + " " + why,
                "fix the link or the file's permissions, or move it out of the site", ""));
    }

    /**
     * Hidden files (unless wanted), and the swap, backup and lock files editors leave while saving.
     * Public so that a watcher judges one touched file by the same rule as a full scan.
     */
    public static boolean isIgnored(String name, boolean withHidden) {
        if (name.equals(".git") || name.equals(".svn") || name.equals(".hg") || name.equals(".DS_Store")
                || name.startsWith(".#") || name.startsWith(".kiln-tmp-")) {
            return true;
        }
        return (!withHidden && name.startsWith(".")) || name.endsWith("~") || name.startsWith("#") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith(".tmp");
    }

}
