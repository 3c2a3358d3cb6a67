package dev.kiln.source;

import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit change detector, 16 hex digits: CRC-32 and CRC-32C side by side. For telling whether
 * bytes changed since last time (an output file, a source's text), not for security: the two
 * polynomials are coprime, so a change slips past both only if their product, of degree 64,
 * divides it — about one change in 2^64; a writer who crafts a collision only keeps their own
 * change from showing. Not SHA-256, which cost a tenth of a cold build: the JDK's CRCs run on CPU
 * instructions from the first call, where SHA-256 waits for the optimising JIT that a short build
 * never reaches.
 */
public final class Checksum {
    /** Hex digits of a checksum. */
    public static final int LENGTH = 16;

    private Checksum() {}

    public static String of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    /** The checksum of {@code bytes[from..from+length)}. */
    public static String of(byte[] bytes, int from, int length) {
        return new Running().update(bytes, from, length).hex();
    }

    /** A checksum of bytes given piece by piece: the same as {@link #of} of all of them in one array. Not thread-safe. */
    public static final class Running {
        private final CRC32 crc = new CRC32();
        private final CRC32C crcC = new CRC32C();

        public Running update(byte[] bytes) {
            return update(bytes, 0, bytes.length);
        }

        public Running update(byte[] bytes, int from, int length) {
            crc.update(bytes, from, length);
            crcC.update(bytes, from, length);
            return this;
        }

        /** The checksum of everything given so far, as {@link #LENGTH} hex digits. */
        public String hex() {
            return HexFormat.of().toHexDigits((crc.getValue() << 32) | crcC.getValue());
        }
    }
}
