package dev.kiln.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders one session writes into, each made (or found) once rather than once per file:
 * {@code Files.createDirectories} on a folder that exists costs a failed mkdir, an exception and a
 * stat, for each of the tens of thousands of files a large site writes. Remembers which folders the
 * session made itself, as those cannot hold a file that is not Kiln's. Thread-safe.
 */
final class Folders {
    /** The output folder, made before the session: {@link #makeUnderMade} looks no higher. */
    private final Path root;
    private final Set<Path> found = ConcurrentHashMap.newKeySet();
    private final Set<Path> made = ConcurrentHashMap.newKeySet();

    Folders(Path root) {
        this.root = root;
    }

    /** Makes {@code folder} and its missing parents, as {@code Files.createDirectories} would. */
    void ensure(Path folder) throws IOException {
        if (known(folder)) return;
        try {
            create(folder);
        } catch (NoSuchFileException e) {
            Path parent = folder.getParent();
            if (parent == null) throw e;
            ensure(parent);
            // Once: a parent this session made or found may have been removed since by someone
            // else (the output folder deleted while Kiln writes), and asking again would never end.
            try {
                create(folder);
            } catch (NoSuchFileException again) {
                throw new NoSuchFileException(folder.toString(), null,
                        "its parent folder was removed while Kiln was writing into it");
            }
        }
    }

    private void create(Path folder) throws IOException {
        try {
            Files.createDirectory(folder);
            made.add(folder);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder)) throw e;
            found.add(folder);
        }
    }

    /**
     * Makes {@code folder}, and the missing folders above it, if they are under a folder this
     * session made (a fresh output folder's posts/slug/ under posts/): no look at the path on the
     * way (a failed lookup costs an exception), and a folder made here is no link and holds
     * nothing. False where the caller must check the path and {@link #ensure} the folder instead
     * (also when it exists already).
     */
    boolean makeUnderMade(Path folder) throws IOException {
        Path parent = folder.getParent();
        if (parent == null || folder.equals(root)) return false;
        if (!made.contains(parent) && !makeUnderMade(parent)) return false;
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException | NoSuchFileException e) {
            // Made by another thread of this session a moment ago or by someone else, or its
            // parent removed meanwhile: the careful way finds out and explains.
            return false;
        }
        made.add(folder);
        return true;
    }

    /** Whether this session has made or found {@code folder} already. */
    boolean known(Path folder) {
        return made.contains(folder) || found.contains(folder);
    }

    /** Whether this session made {@code folder} (not merely found it). */
    boolean madeHere(Path folder) {
        return made.contains(folder);
    }
}
