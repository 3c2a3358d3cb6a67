package dev.kiln.source;

import java.util.Objects;

/**
 * A point in a source file as a user counts it: 1-based line and column, columns in Unicode code
 * points, and the length of the offending text in code points (0 when unknown).
 */
public record Location(SourcePath file, int line, int column, int length) implements Comparable<Location> {
    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1 || length < 0) {
            throw new IllegalArgumentException("bad location " + line + ":" + column + "+" + length);
        }
    }

    /** The start of a file, for problems that concern the file as a whole. */
    public static Location startOf(SourcePath file) {
        return new Location(file, 1, 1, 0);
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
