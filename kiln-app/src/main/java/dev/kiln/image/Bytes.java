package dev.kiln.image;

import java.nio.charset.StandardCharsets;

/**
 * Reads unsigned numbers out of a file's bytes without ever throwing: a read past the end gives
 * -1, which every header reader takes as "truncated". Headers come from users' files, so a short
 * or hostile file must be an answer ("no size"), not an exception.
 */
final class Bytes {
    private Bytes() {}

    static int u8(byte[] b, long at) {
        return has(b, at, 1) ? b[(int) at] & 0xff : -1;
    }

    static int u16be(byte[] b, long at) {
        return has(b, at, 2) ? (u8(b, at) << 8) | u8(b, at + 1) : -1;
    }

    static int u16le(byte[] b, long at) {
        return has(b, at, 2) ? u8(b, at) | (u8(b, at + 1) << 8) : -1;
    }

    static int u24le(byte[] b, long at) {
        return has(b, at, 3) ? u16le(b, at) | (u8(b, at + 2) << 16) : -1;
    }

    static long u32be(byte[] b, long at) {
        return has(b, at, 4) ? ((long) u16be(b, at) << 16) | u16be(b, at + 2) : -1;
    }

    static long u32le(byte[] b, long at) {
        return has(b, at, 4) ? u16le(b, at) | ((long) u16le(b, at + 2) << 16) : -1;
    }

    static long u64be(byte[] b, long at) {
        if (!has(b, at, 8)) return -1;
        long high = u32be(b, at);
        // Sizes past 2^62 bytes are nonsense in a file that fits in an array; treat them as truncated.
        return high > 0x3fff_ffffL ? -1 : (high << 32) | u32be(b, at + 4);
    }

    /** Whether the bytes at {@code at} spell {@code ascii}. */
    static boolean is(byte[] b, long at, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        if (!has(b, at, expected.length)) return false;
        for (int i = 0; i < expected.length; i++) {
            if (b[(int) at + i] != expected[i]) return false;
        }
        return true;
    }

    /** Whether {@code n} bytes start at {@code at}. */
    static boolean has(byte[] b, long at, long n) {
        return at >= 0 && n >= 0 && at <= b.length - n;
    }
}
