package dev.kiln.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * A folder that is safe to write a site into, and the one place that turns an output path into a
 * file-system path: every path it resolves stays inside the folder, after normalisation and after
 * following symbolic links.
 */
public final class OutputDir {
    private final Path root;

    private OutputDir(Path root) {
        this.root = root;
    }

    /**
     * Checks {@code folder} and creates it if it does not exist. Refuses the site root, a protected
     * folder (content, static, templates…) or anything inside one, an ancestor of any of them, a
     * file, and a non-empty folder Kiln did not create.
     */
    public static OutputDir open(Path folder, Path siteRoot, List<Path> protectedFolders)
            throws OutputRefusedException {
        Path out = OutputFolderRules.canonical(folder);
        OutputFolderRules.check(out, OutputFolderRules.canonical(siteRoot),
                protectedFolders.stream().map(OutputFolderRules::canonical).toList());
        try {
            Files.createDirectories(out);
            return new OutputDir(out.toRealPath());
        } catch (IOException e) {
            throw new OutputRefusedException("cannot create the output folder " + out + ": " + e,
                    "check that the folder's parent exists and that you may write there", e);
        }
    }

    /** The output folder's real, absolute path. */
    public Path root() {
        return root;
    }

    /**
     * The file for {@code relativePath} inside this folder. Throws IllegalStateException if it would
     * lie outside, because of {@code ..}, an absolute path, or a symbolic link among its existing
     * parent folders that leads out of the output folder.
     */
    public Path resolve(String relativePath) {
        return resolveInside(relativePath).orElseThrow(() -> new IllegalStateException(
                "output path \"" + relativePath + "\" escapes the output folder " + root));
    }

    /** Like {@link #resolve}, but empty instead of an exception, for callers that skip such paths. */
    Optional<Path> resolveInside(String relativePath) {
        Path target;
        try {
            target = root.resolve(relativePath).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!target.startsWith(root) || target.equals(root)) return Optional.empty();
        // Usually no folder on the way is a link, and a few lstat calls below the root prove it;
        // the first link found sends the whole chain through toRealPath, which follows them all.
        Path folder = root;
        for (Path segment : root.relativize(target.getParent())) {
            folder = folder.resolve(segment);
            try {
                BasicFileAttributes attrs = Files.readAttributes(folder, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attrs.isSymbolicLink()) {
                    return staysInside(target.getParent()) ? Optional.of(target) : Optional.empty();
                }
            } catch (NoSuchFileException e) {
                return Optional.of(target); // the rest does not exist yet, so it holds no link
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(target);
    }

    private boolean staysInside(Path folder) {
        Path existing = folder;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        try {
            return existing.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false; // a dangling link, or the folder vanished: nothing to write through safely
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
