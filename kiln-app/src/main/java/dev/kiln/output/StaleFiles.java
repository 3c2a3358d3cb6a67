package dev.kiln.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Removes the files Kiln wrote before and no longer produces. Only regular files at paths Kiln
 * wrote are deleted, never a link or folder the user put in their place, and never through a link
 * that now leads out of the output folder; then the folders they leave empty.
 */
final class StaleFiles {
    private StaleFiles() {
    }

    /** Removes each of {@code writtenBefore} (sorted) that {@code stillProduced} rejects; returns those removed. */
    static List<String> remove(OutputDir dir, Iterable<String> writtenBefore, Predicate<String> stillProduced)
            throws IOException {
        List<String> removed = new ArrayList<>();
        for (String path : writtenBefore) {
            if (stillProduced.test(path)) continue;
            Optional<Path> target = dir.resolveInside(path);
            if (target.isPresent() && Files.isRegularFile(target.get(), LinkOption.NOFOLLOW_LINKS)
                    && Files.deleteIfExists(target.get())) {
                removed.add(path);
                removeEmptyFolders(dir.root(), target.get().getParent());
            }
        }
        return removed;
    }

    /** Deletes {@code folder} and its parents up to (not including) {@code root} while they are empty. */
    static void removeEmptyFolders(Path root, Path folder) throws IOException {
        for (Path f = folder; !f.equals(root); f = f.getParent()) {
            if (!Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) return;
            try {
                Files.delete(f);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }
}
