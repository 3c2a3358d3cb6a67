package dev.kiln.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A file Kiln could not read or write, in words: a full disk, a file where a folder should be, a
 * folder removed while Kiln works in it. Not a bug in Kiln and not a mistake in the site's
 * content, so neither a stack trace nor a content diagnostic, but what failed and on which path.
 */
final class IoProblem {
    static final String HINT = "check that the path is where it should be (a folder where Kiln needs a folder), that"
            + " the disk has room and that no other program removes or changes these files while Kiln runs";

    private IoProblem() {}

    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException u) {
            IOException cause = u.getCause();
            // Its message is the cause's toString when it was made from the cause alone.
            if (u.getMessage() == null || u.getMessage().equals(cause.toString())) return describe(cause);
            return u.getMessage() + ": " + describe(cause);
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String what = f.getReason() != null ? f.getReason() : kind(f);
            return f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + what;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String kind(FileSystemException f) {
        if (f instanceof NoSuchFileException) return "no such file or folder";
        if (f instanceof FileAlreadyExistsException) return "already exists";
        if (f instanceof NotDirectoryException) return "not a folder";
        if (f instanceof DirectoryNotEmptyException) return "folder not empty";
        if (f instanceof AccessDeniedException) return "permission denied";
        return "cannot be read or written";
    }
}
