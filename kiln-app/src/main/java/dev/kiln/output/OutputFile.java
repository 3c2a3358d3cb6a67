package dev.kiln.output;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * One file of the built site: a clean relative path with forward slashes (no {@code .}, {@code ..}
 * or empty segments, no backslash, no control characters) and its bytes. Immutable: the bytes are
 * copied in and out.
 */
public record OutputFile(String path, byte[] bytes) {

    public OutputFile {
        requireCleanPath(path);
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    /** The bytes (a copy). */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** Hex digits of {@link #hash()}. */
    static final int HASH_LENGTH = 16;

    /**
     * A 64-bit change detector in hex: CRC-32 and CRC-32C of the bytes side by side. An equal hash
     * (and size) in the manifest is what lets Kiln skip a write, so it must catch every accidental
     * change: the two polynomials are coprime, so a change slips past both only if their product,
     * of degree 64, divides it — about one change in 2^64. It guards against accidents, not
     * adversaries (a writer who crafts a collision only keeps their own change unpublished).
     * Not SHA-256, which cost a tenth of a cold build: the JDK's CRCs run on CPU instructions from
     * the first call, where SHA-256 waits for the optimising JIT a short build never reaches.
     */
    public String hash() {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        CRC32C crcC = new CRC32C();
        crcC.update(bytes);
        return HexFormat.of().toHexDigits((crc.getValue() << 32) | crcC.getValue());
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
