package dev.kiln.image;

import static dev.kiln.image.ImageFiles.exif;
import static dev.kiln.image.ImageFiles.webp;
import static dev.kiln.image.ImageFiles.withSegment;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/**
 * Broken and hostile headers: random bytes, random damage to real files and cuts anywhere never
 * make the probe throw, and where ImageIO used to read the size, the header reader agrees with it.
 * The seeds are fixed, so a failure can be replayed.
 */
class ImageProbeFuzzTest {
    private static final ImageFormat[] RASTER = {ImageFormat.JPEG, ImageFormat.PNG, ImageFormat.GIF,
            ImageFormat.WEBP, ImageFormat.AVIF};

    private static List<byte[]> samples() {
        return List.of(ImageFiles.png(37, 21), ImageFiles.gif(37, 21), ImageFiles.jpeg(37, 21),
                ImageFiles.progressiveJpeg(37, 21), withSegment(ImageFiles.jpeg(37, 21), 0xe1, exif(6, true)),
                withSegment(ImageFiles.jpeg(37, 21), 0xe1, exif(8, false)),
                webp("VP8 ", ImageProbeTest.vp8(37, 21)), webp("VP8L", ImageProbeTest.vp8l(37, 21)),
                webp("VP8X", ImageProbeTest.vp8x(37, 21)), ImageProbeTest.avif(true), ImageProbeTest.avif(false));
    }

    @Test
    void damagedCutAndRandomFilesNeverThrowAndNeverGiveANonPositiveSize() {
        Random random = new Random(20240917L);
        int answered = 0;
        for (byte[] sample : samples()) {
            for (int round = 0; round < 1500; round++) {
                byte[] damaged = damage(sample, random);
                for (ImageFormat format : RASTER) {
                    Optional<ImageInfo> info = ImageProbe.probe(damaged, format);
                    if (info.isPresent()) {
                        answered++;
                        assertThat(info.get().width()).isPositive();
                        assertThat(info.get().height()).isPositive();
                    }
                }
            }
        }
        for (int round = 0; round < 20_000; round++) {
            byte[] noise = new byte[random.nextInt(64)];
            random.nextBytes(noise);
            byte[] withSignature = signature(random, noise);
            for (ImageFormat format : RASTER) {
                ImageProbe.probe(noise, format).ifPresent(i -> assertThat(i.hasSize()).isTrue());
                ImageProbe.probe(withSignature, format).ifPresent(i -> assertThat(i.hasSize()).isTrue());
            }
        }
        assertThat(answered).as("damage that leaves the header alone still gives a size").isPositive();
    }

    /**
     * Where the bytes are a PNG or JPEG to ImageIO, the header reader says what its readers said
     * before it replaced them: a size for the same files, none for the files ImageIO refused
     * (except a JPEG cut inside its header, which ImageIO sometimes still sized and the reader does not).
     * GIFs are left out on purpose: ImageIO gave the first frame's size, the reader gives the
     * logical screen's, which is what browsers show. So are EXIF-turned JPEGs (ImageIO ignores the
     * orientation).
     */
    @Test
    void onDamagedPngAndJpegHeadersTheReaderAgreesWithImageIo() throws IOException {
        Random random = new Random(7L);
        List<byte[]> samples = List.of(ImageFiles.png(37, 21), ImageFiles.jpeg(37, 21), ImageFiles.progressiveJpeg(37, 21),
                withSegment(ImageFiles.jpeg(37, 21), 0xe2, new byte[300]));
        List<String> disagreements = new ArrayList<>();
        int sized = 0;
        for (byte[] sample : samples) {
            for (int round = 0; round < 1500; round++) {
                byte[] damaged = damageHeader(sample, random);
                Optional<String> before = imageIoSize(damaged);
                Optional<String> now = ImageProbe.probe(damaged, ImageFormat.PNG).map(i -> i.width() + "x" + i.height());
                if (before.isPresent()) sized++;
                // Stricter on a file cut inside its header is fine: no size means no resizing, as
                // for any broken image. A size ImageIO did not give could mean a resize that fails.
                boolean stricterOnACut = now.isEmpty() && damaged.length < sample.length;
                if (!before.equals(now) && !stricterOnACut) {
                    disagreements.add(changes(sample, damaged) + ": ImageIO " + before + ", now " + now);
                }
            }
        }
        assertThat(sized).as("some damage leaves a readable header").isGreaterThan(1000);
        assertThat(disagreements).isEmpty();
    }

    /** The size the JDK's readers give, as ImageProbe asked them before it read headers itself. */
    private static Optional<String> imageIoSize(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return Optional.empty();
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                return w > 0 && h > 0 ? Optional.of(w + "x" + h) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    /** Cut short, overwritten at a few places, or both. */
    private static byte[] damage(byte[] sample, Random random) {
        byte[] b = random.nextInt(3) == 0 ? Arrays.copyOf(sample, random.nextInt(sample.length + 1)) : sample.clone();
        int hits = 1 + random.nextInt(6);
        for (int i = 0; i < hits && b.length > 0; i++) {
            int at = random.nextInt(Math.min(b.length, 200));
            b[at] = (byte) (random.nextInt(4) == 0 ? 0xff : random.nextInt(256));
        }
        return b;
    }

    /**
     * One or two bytes of the header changed (not the signature, so that both readers are asked):
     * a PNG's IHDR, a JPEG's segments up to its first scan. Sometimes cut short too.
     */
    private static byte[] damageHeader(byte[] sample, Random random) {
        byte[] b = sample.clone();
        boolean png = (b[0] & 0xff) == 0x89;
        int from = png ? 8 : 2;
        int header = png ? 33 : scanStart(b);
        int hits = 1 + random.nextInt(2);
        for (int i = 0; i < hits; i++) b[from + random.nextInt(header - from)] = (byte) random.nextInt(256);
        return random.nextInt(8) == 0 ? Arrays.copyOf(b, random.nextInt(header + 20)) : b;
    }

    /** Where a JPEG's first scan header ends. */
    private static int scanStart(byte[] jpeg) {
        for (int i = 2; i + 3 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xda) return i + 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
        }
        throw new AssertionError("no scan");
    }

    private static byte[] signature(Random random, byte[] rest) {
        String[] heads = {"\u0089PNG\r\n\u001a\n\0\0\0\rIHDR", "GIF89a", "\u00ff\u00d8\u00ff", "RIFF\0\0\0\0WEBPVP8 ",
                "RIFF\0\0\0\0WEBPVP8L", "RIFF\0\0\0\0WEBPVP8X", "\0\0\0\u0018ftypavif"};
        byte[] head = heads[random.nextInt(heads.length)].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] b = Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, b, head.length, rest.length);
        return b;
    }

    /** Where {@code damaged} differs from {@code sample}, for a failure message. */
    private static String changes(byte[] sample, byte[] damaged) {
        StringBuilder sb = new StringBuilder();
        if (damaged.length < sample.length) sb.append("cut at ").append(damaged.length).append("; ");
        for (int i = 0; i < damaged.length; i++) {
            if (damaged[i] != sample[i]) {
                sb.append(String.format("byte %d %02x→%02x in %s; ", i, sample[i] & 0xff, damaged[i] & 0xff, hex(
                        Arrays.copyOfRange(sample, Math.max(0, i - 6), i + 3), 9)));
            }
        }
        return sb.toString();
    }

    private static String hex(byte[] b, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, b.length); i++) sb.append(String.format("%02x", b[i] & 0xff));
        return sb.toString();
    }
}
