package dev.kiln.output;

import dev.kiln.source.Checksum;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of the built site: a clean relative path with forward slashes (no {@code .}, {@code ..}
 * or empty segments, no backslash, no control characters) and its bytes. Immutable: the bytes are
 * copied in and out, except by {@link #adopting}, for the renderers that made them (a class, not
 * a record, for that: a 10,000-post site's pages are 360 MB, and copying them all was pure cost).
 */
public final class OutputFile {
    private final String path;
    private final byte[] bytes;

    public OutputFile(String path, byte[] bytes) {
        this.path = requireCleanPath(path);
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    private OutputFile(byte[] adopted, String path) {
        this.path = requireCleanPath(path);
        this.bytes = Objects.requireNonNull(adopted, "bytes");
    }

    /**
     * A file that takes {@code bytes} as they are, without a copy: for callers that made the array
     * for this file and never touch it again.
     */
    public static OutputFile adopting(String path, byte[] bytes) {
        return new OutputFile(bytes, path);
    }

    public String path() {
        return path;
    }

    /** The bytes (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** Hex digits of {@link #hash()}. */
    static final int HASH_LENGTH = Checksum.LENGTH;

    /** What the manifest records to tell whether the file changed: {@link Checksum} of the bytes. */
    public String hash() {
        return Checksum.of(bytes);
    }

    /** The bytes without a copy, for this package's writer only; never modify them. */
    byte[] unsharedBytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputFile other && path.equals(other.path) && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "OutputFile[" + path + ", " + bytes.length + " bytes]";
    }

    /**
     * Throws IllegalArgumentException unless {@code path} is clean. Control characters are refused
     * too: the manifest is one line per path, so a newline in a path would corrupt it.
     */
    static String requireCleanPath(String path) {
        Objects.requireNonNull(path, "path");
        int segmentStart = 0;
        for (int i = 0; i <= path.length(); i++) {
            char c = i < path.length() ? path.charAt(i) : '/';
            if (c == '\\' || Character.isISOControl(c)) throw unclean(path);
            if (c == '/') {
                int length = i - segmentStart;
                // An empty segment, "." or "..".
                if (length == 0 || length <= 2 && path.regionMatches(segmentStart, "..", 0, length)) {
                    throw unclean(path);
                }
                segmentStart = i + 1;
            }
        }
        return path;
    }

    private static IllegalArgumentException unclean(String path) {
        return new IllegalArgumentException("not a clean relative output path: \"" + path + "\"");
    }
}
