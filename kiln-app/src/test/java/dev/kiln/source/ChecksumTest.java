package dev.kiln.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecksumTest {
    @Test
    void isCrc32ThenCrc32cInLowerCaseHex() {
        // Check values computed independently (zlib's crc32; CRC-32C bit by bit, polynomial 0x82F63B78).
        assertThat(Checksum.of("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo("352441c2" + "364b3fb7");
        assertThat(Checksum.of(new byte[0])).isEqualTo("0000000000000000");
    }

    @Test
    void aRunningChecksumOfPiecesIsTheChecksumOfTheWhole() {
        byte[] whole = "<p>An index, given piece by piece.</p>\n".getBytes(StandardCharsets.UTF_8);
        Checksum.Running running = new Checksum.Running();
        running.update(java.util.Arrays.copyOfRange(whole, 0, 5)).update(new byte[0]).update(whole, 5, 20);
        running.update(java.util.Arrays.copyOfRange(whole, 25, whole.length));

        assertThat(running.hex()).isEqualTo(Checksum.of(whole));
        assertThat(new Checksum.Running().update("abc".getBytes(StandardCharsets.US_ASCII)).hex())
                .isEqualTo("352441c2" + "364b3fb7");
    }

    @Test
    void everySingleBitFlipChangesIt() {
        byte[] bytes = "<p>An unchanged page of a blog, more or less.</p>\n".getBytes(StandardCharsets.UTF_8);
        String original = Checksum.of(bytes);
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            bytes[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThat(Checksum.of(bytes)).as("bit %d", bit).isNotEqualTo(original);
            bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        }
    }
}
