package dev.kiln.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file's path relative to the site root, with forward slashes and no {@code .} or {@code ..}
 * segments: the only way files are named in the model and in diagnostics.
 */
public record SourcePath(String value) implements Comparable<SourcePath> {
    public SourcePath {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.startsWith("/") || value.contains("\\")) {
            throw new IllegalArgumentException("not a relative source path: " + value);
        }
        for (String segment : value.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("not a normalised source path: " + value);
            }
        }
    }

    public static SourcePath of(String value) {
        return new SourcePath(value);
    }

    /** The path of {@code file} relative to {@code root}; {@code file} must lie inside it. */
    public static SourcePath relative(Path root, Path file) {
        Path rel = root.relativize(file).normalize();
        return new SourcePath(rel.toString().replace('\\', '/'));
    }

    /** The last segment: {@code my-post.md}. */
    public String fileName() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? value : value.substring(slash + 1);
    }

    /** The file name without its last extension: {@code my-post}. */
    public String baseName() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** The folder part, without trailing slash; empty for a file at the root. */
    public String parent() {
        int slash = value.lastIndexOf('/');
        return slash < 0 ? "" : value.substring(0, slash);
    }

    public boolean startsWith(String folder) {
        return value.startsWith(folder.endsWith("/") ? folder : folder + "/");
    }

    /** This path resolved against the site root on disk. */
    public Path resolveAgainst(Path root) {
        return root.resolve(value);
    }

    @Override
    public int compareTo(SourcePath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
