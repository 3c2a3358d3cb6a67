package dev.kiln.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which folders Kiln refuses as output, and why in the user's words. Paths are compared as real
 * absolute paths, so {@code ./public/..} or a link to the site root are recognised for what they are.
 */
final class OutputFolderRules {
    private static final String NEW_FOLDER = "set output in kiln.yaml or --output to a new folder such as public";

    private OutputFolderRules() {
    }

    /** The absolute, normalised path with the links of its existing part resolved; it need not exist. */
    static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) return absolute;
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    static void check(Path out, Path siteRoot, List<Path> protectedFolders) throws OutputRefusedException {
        if (out.equals(siteRoot)) throw refused(out, "it is the site root", NEW_FOLDER);
        if (siteRoot.startsWith(out)) throw refused(out, "it contains the site root " + siteRoot, NEW_FOLDER);
        for (Path folder : protectedFolders) {
            String name = describe(folder, siteRoot);
            if (out.equals(folder)) throw refused(out, "it is the source folder " + name, NEW_FOLDER);
            if (folder.startsWith(out)) throw refused(out, "it contains the source folder " + name, NEW_FOLDER);
            if (out.startsWith(folder)) throw refused(out, "it is inside the source folder " + name, NEW_FOLDER);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw refused(out, "it is a file, not a folder", NEW_FOLDER + "; Kiln creates it");
        }
        if (Files.isDirectory(out) && !isEmpty(out) && !isKilns(out)) {
            throw refused(out, "it is not empty and Kiln did not create it (it has no " + Manifest.FILE_NAME + ")",
                    NEW_FOLDER + "; Kiln only writes into new or empty folders, so that it never"
                            + " overwrites or deletes your files");
        }
    }

    /** A folder that holds a readable manifest, or a journal left by Kiln's interrupted first build. */
    private static boolean isKilns(Path out) throws OutputRefusedException {
        try {
            if (Manifest.read(out).isPresent()) return true;
            return Journal.read(out).isPresent();
        } catch (IOException e) {
            throw refused(out, "its Kiln manifest cannot be read (" + e.getMessage() + ")",
                    "if the folder holds only Kiln's output, delete it and build again; otherwise " + NEW_FOLDER);
        }
    }

    private static boolean isEmpty(Path folder) throws OutputRefusedException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw refused(folder, "it cannot be read (" + e + ")", "check that you may read and write it");
        }
    }

    private static String describe(Path folder, Path siteRoot) {
        return folder.startsWith(siteRoot) && !folder.equals(siteRoot)
                ? siteRoot.relativize(folder).toString().replace('\\', '/') + "/"
                : folder.toString();
    }

    private static OutputRefusedException refused(Path out, String why, String hint) {
        return new OutputRefusedException("refusing to use " + out + " as output: " + why, hint);
    }
}
