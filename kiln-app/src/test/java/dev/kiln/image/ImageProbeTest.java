package dev.kiln.image;

import static dev.kiln.image.ImageFiles.box;
import static dev.kiln.image.ImageFiles.exif;
import static dev.kiln.image.ImageFiles.fullBox;
import static dev.kiln.image.ImageFiles.ispe;
import static dev.kiln.image.ImageFiles.webp;
import static dev.kiln.image.ImageFiles.withSegment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.image.ImageFiles.Writer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sizes from image headers: real files from the JDK's and libwebp's encoders, and headers made byte by byte. */
class ImageProbeTest {
    @Test
    void pngGifAndJpegFilesWrittenByTheJdkGiveTheirSize() {
        assertThat(size(ImageFiles.png(300, 200), ImageFormat.PNG)).hasValue("PNG 300x200");
        assertThat(size(ImageFiles.png(1, 1), ImageFormat.PNG)).hasValue("PNG 1x1");
        assertThat(size(ImageFiles.gif(64, 48), ImageFormat.GIF)).hasValue("GIF 64x48");
        assertThat(size(ImageFiles.jpeg(1600, 1000), ImageFormat.JPEG)).hasValue("JPEG 1600x1000");
        assertThat(size(ImageFiles.progressiveJpeg(333, 77), ImageFormat.JPEG)).hasValue("JPEG 333x77");
    }

    @Test
    void aFileIsKnownByItsBytesAmongTheFormatsJavaDecodesButNotBeyond() {
        // As before: Java resizes a JPEG named .png by its content, so it keeps its size.
        assertThat(size(ImageFiles.jpeg(40, 30), ImageFormat.PNG)).hasValue("PNG 40x30");
        assertThat(size(ImageFiles.gif(40, 30), ImageFormat.JPEG)).hasValue("JPEG 40x30");
        // Java cannot resize a WebP, so a WebP named .png is not a PNG with a size.
        assertThat(size(webp("VP8L", vp8l(40, 30)), ImageFormat.PNG)).isEmpty();
        assertThat(size(ImageFiles.png(40, 30), ImageFormat.WEBP)).isEmpty();
        assertThat(size("<svg width='40' height='30'/>".getBytes(StandardCharsets.UTF_8), ImageFormat.PNG)).isEmpty();
        assertThat(size("just text".getBytes(StandardCharsets.UTF_8), ImageFormat.JPEG)).isEmpty();
        assertThat(size(new byte[0], ImageFormat.GIF)).isEmpty();
    }

    @Test
    void svgSizesStillComeFromTheRootElement() {
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 640 200'/>".getBytes(StandardCharsets.UTF_8);
        assertThat(size(svg, ImageFormat.SVG)).hasValue("SVG 640x200");
    }

    @Test
    void pngHeadersThatJavaWouldRefuseToDecodeGetNoSize() {
        byte[] good = ImageFiles.png(30, 20);
        assertThat(size(with(good, 24, 3), ImageFormat.PNG)).as("bit depth 3").isEmpty();
        assertThat(size(with(good, 25, 5), ImageFormat.PNG)).as("colour type 5").isEmpty();
        assertThat(size(with(with(good, 24, 16), 25, 3), ImageFormat.PNG)).as("16-bit palette").isEmpty();
        assertThat(size(with(good, 28, 2), ImageFormat.PNG)).as("interlace method 2").isEmpty();
        assertThat(size(with(good, 19, 0), ImageFormat.PNG)).as("width 0").isEmpty();
        assertThat(size(with(good, 15, 'X'), ImageFormat.PNG)).as("first chunk not IHDR").isEmpty();
    }

    @Test
    void aGifWithoutALogicalScreenSizeTakesItsFirstFramesSize() {
        byte[] gif = ImageFiles.gif(64, 48);
        byte[] noScreen = with(with(with(with(gif, 6, 0), 7, 0), 8, 0), 9, 0);
        assertThat(size(noScreen, ImageFormat.GIF)).hasValue("GIF 64x48");
    }

    @Test
    void exifOrientationFiveToEightSwapsTheDisplayedWidthAndHeightInBothByteOrders() {
        byte[] jpeg = ImageFiles.jpeg(400, 300);
        for (boolean little : new boolean[] {true, false}) {
            assertThat(size(withSegment(jpeg, 0xe1, exif(6, little)), ImageFormat.JPEG)).hasValue("JPEG 300x400");
            assertThat(size(withSegment(jpeg, 0xe1, exif(8, little)), ImageFormat.JPEG)).hasValue("JPEG 300x400");
            assertThat(size(withSegment(jpeg, 0xe1, exif(5, little)), ImageFormat.JPEG)).hasValue("JPEG 300x400");
            assertThat(size(withSegment(jpeg, 0xe1, exif(3, little)), ImageFormat.JPEG)).as("upside down")
                    .hasValue("JPEG 400x300");
            assertThat(size(withSegment(jpeg, 0xe1, exif(1, little)), ImageFormat.JPEG)).hasValue("JPEG 400x300");
            assertThat(size(withSegment(jpeg, 0xe1, exif(9, little)), ImageFormat.JPEG)).as("no such orientation")
                    .hasValue("JPEG 400x300");
        }
    }

    @Test
    void theOrientationIsFoundBehindAnXmpSegmentAndOnlyTheFirstExifCounts() {
        byte[] jpeg = ImageFiles.jpeg(400, 300);
        byte[] xmp = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>".getBytes(StandardCharsets.US_ASCII);
        byte[] exifThenXmp = withSegment(withSegment(jpeg, 0xe1, xmp), 0xe1, exif(6, true));
        byte[] xmpThenExif = withSegment(withSegment(jpeg, 0xe1, exif(6, false)), 0xe1, xmp);
        byte[] twoExifs = withSegment(withSegment(jpeg, 0xe1, exif(6, true)), 0xe1, exif(1, true));

        assertThat(size(exifThenXmp, ImageFormat.JPEG)).hasValue("JPEG 300x400");
        assertThat(size(xmpThenExif, ImageFormat.JPEG)).hasValue("JPEG 300x400");
        assertThat(size(twoExifs, ImageFormat.JPEG)).hasValue("JPEG 400x300");
    }

    @Test
    void aCutOrMalformedExifSegmentLeavesThePhotoUpright() {
        byte[] jpeg = ImageFiles.jpeg(400, 300);
        byte[] full = exif(6, true);
        for (int cut = 0; cut < full.length; cut++) {
            // The orientation's value ends 6 bytes before the segment: the rest is padding and the next-IFD link.
            String expected = cut >= full.length - 6 ? "JPEG 300x400" : "JPEG 400x300";
            assertThat(size(withSegment(jpeg, 0xe1, Arrays.copyOf(full, cut)), ImageFormat.JPEG)).as("cut at " + cut)
                    .hasValue(expected);
        }
        byte[] badMagic = with(full, 9, 43);
        assertThat(size(withSegment(jpeg, 0xe1, badMagic), ImageFormat.JPEG)).hasValue("JPEG 400x300");
        byte[] ifdFarAway = with(with(full, 13, 0x7f), 12, 0xff);
        assertThat(size(withSegment(jpeg, 0xe1, ifdFarAway), ImageFormat.JPEG)).hasValue("JPEG 400x300");
    }

    @Test
    void largeSegmentsBeforeTheFrameAreSkippedByTheirLength() {
        byte[] jpeg = ImageFiles.jpeg(1200, 800);
        byte[] icc = new byte[65_533]; // the largest a segment can be
        Arrays.fill(icc, (byte) 0xff); // marker-like bytes inside a segment are data, not markers
        icc[100] = (byte) 0xc0;
        byte[] big = withSegment(withSegment(withSegment(jpeg, 0xe2, icc), 0xed, new byte[40_000]), 0xe1, exif(6, true));

        assertThat(size(big, ImageFormat.JPEG)).hasValue("JPEG 800x1200");
    }

    @Test
    void fillBytesStandAloneMarkersAndStrayBytesBeforeAMarkerAreSkippedAsLibjpegDoes() {
        byte[] jpeg = ImageFiles.jpeg(120, 90);
        int app0 = 2; // the JDK writes JFIF's APP0 right after SOI
        assertThat(jpeg[app0 + 1] & 0xff).isEqualTo(0xe0);
        int afterApp0 = app0 + 2 + (((jpeg[app0 + 2] & 0xff) << 8) | (jpeg[app0 + 3] & 0xff));

        byte[] fill = ImageFiles.insert(jpeg, afterApp0, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff});
        byte[] standAlone = ImageFiles.insert(jpeg, afterApp0, new byte[] {(byte) 0xff, 0x01, (byte) 0xff, (byte) 0xd3});
        byte[] stray = ImageFiles.insert(jpeg, afterApp0, new byte[] {0x00, 0x12, (byte) 0xff, 0x00, 0x34});

        assertThat(size(fill, ImageFormat.JPEG)).hasValue("JPEG 120x90");
        assertThat(size(standAlone, ImageFormat.JPEG)).hasValue("JPEG 120x90");
        assertThat(size(stray, ImageFormat.JPEG)).hasValue("JPEG 120x90");
    }

    @Test
    void jpegsWithoutAFrameJavaCanReadGetNoSize() {
        byte[] jpeg = ImageFiles.jpeg(120, 90);
        int sof = indexOfMarker(jpeg, 0xc0);
        assertThat(size(with(jpeg, sof + 1, 0xc3), ImageFormat.JPEG)).as("lossless").isEmpty();
        assertThat(size(with(jpeg, sof + 1, 0xc2), ImageFormat.JPEG)).as("progressive").hasValue("JPEG 120x90");
        assertThat(size(with(with(jpeg, sof + 5, 0), sof + 6, 0), ImageFormat.JPEG)).as("height 0 (DNL)").isEmpty();
        assertThat(size(with(jpeg, sof + 3, 0x20), ImageFormat.JPEG)).as("frame length off").isEmpty();
        assertThat(size(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xd9}, ImageFormat.JPEG)).as("EOI")
                .isEmpty();
        assertThat(size(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xda, 0, 2}, ImageFormat.JPEG))
                .as("a scan before the frame").isEmpty();
        assertThat(size(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 1}, ImageFormat.JPEG))
                .as("a length below 2").isEmpty();
    }

    @Test
    void everyPrefixOfAFileIsEitherTooShortOrGivesTheWholeFilesSize() {
        byte[][] files = {ImageFiles.png(30, 20), ImageFiles.gif(30, 20), ImageFiles.jpeg(30, 20),
                withSegment(ImageFiles.jpeg(30, 20), 0xe1, exif(6, false)), webp("VP8 ", vp8(30, 20)),
                webp("VP8L", vp8l(30, 20)), webp("VP8X", vp8x(30, 20)), avif(false)};
        ImageFormat[] formats = {ImageFormat.PNG, ImageFormat.GIF, ImageFormat.JPEG, ImageFormat.JPEG, ImageFormat.WEBP,
                ImageFormat.WEBP, ImageFormat.WEBP, ImageFormat.AVIF};
        for (int f = 0; f < files.length; f++) {
            Optional<String> whole = size(files[f], formats[f]);
            assertThat(whole).as("file %d", f).isPresent();
            boolean seen = false;
            for (int cut = 0; cut < files[f].length; cut++) {
                Optional<String> part = size(Arrays.copyOf(files[f], cut), formats[f]);
                if (part.isPresent()) {
                    assertThat(part).as("file %d cut at %d", f, cut).isEqualTo(whole);
                    seen = true;
                } else {
                    assertThat(seen).as("file %d: a longer prefix lost the size at %d", f, cut).isFalse();
                }
            }
        }
    }

    @Test
    void webpLossyLosslessAndExtendedHeadersMadeByHand() {
        assertThat(size(webp("VP8 ", vp8(550, 368)), ImageFormat.WEBP)).hasValue("WEBP 550x368");
        assertThat(size(webp("VP8 ", vp8(16383, 1)), ImageFormat.WEBP)).hasValue("WEBP 16383x1");
        // The top two bits of each side are a scaling hint, not size.
        byte[] scaled = webp("VP8 ", vp8(550, 368));
        scaled[27] |= (byte) 0xc0;
        assertThat(size(scaled, ImageFormat.WEBP)).hasValue("WEBP 550x368");
        byte[] interFrame = webp("VP8 ", vp8(550, 368));
        interFrame[20] |= 1;
        assertThat(size(interFrame, ImageFormat.WEBP)).isEmpty();
        byte[] noStartCode = webp("VP8 ", vp8(550, 368));
        noStartCode[24] = 0;
        assertThat(size(noStartCode, ImageFormat.WEBP)).isEmpty();

        assertThat(size(webp("VP8L", vp8l(1, 1)), ImageFormat.WEBP)).hasValue("WEBP 1x1");
        assertThat(size(webp("VP8L", vp8l(16384, 16384)), ImageFormat.WEBP)).hasValue("WEBP 16384x16384");
        assertThat(size(webp("VP8L", vp8l(400, 301)), ImageFormat.WEBP)).hasValue("WEBP 400x301");
        byte[] badSignature = webp("VP8L", vp8l(400, 301));
        badSignature[20] = 0x2e;
        assertThat(size(badSignature, ImageFormat.WEBP)).isEmpty();
        byte[] version1 = webp("VP8L", vp8l(400, 301));
        version1[24] |= 0x20;
        assertThat(size(version1, ImageFormat.WEBP)).isEmpty();

        assertThat(size(webp("VP8X", vp8x(5000, 3000)), ImageFormat.WEBP)).hasValue("WEBP 5000x3000");
        assertThat(size(webp("VP8X", vp8x(1 << 24, 1)), ImageFormat.WEBP)).hasValue("WEBP 16777216x1");

        assertThat(size(webp("ALPH", new byte[10]), ImageFormat.WEBP)).as("no image chunk first").isEmpty();
        assertThat(size(webp("VP8 ", Arrays.copyOf(vp8(550, 368), 9)), ImageFormat.WEBP)).as("chunk too small")
                .isEmpty();
    }

    @Test
    void webpFilesMadeByCwebpGiveTheirSize(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(Cwebp.find().isPresent(), "cwebp is not installed (apt install webp)");
        Path png = dir.resolve("in.png");
        Files.write(png, ImageFiles.png(321, 123));
        assertThat(size(cwebp(dir, png, "-q", "70"), ImageFormat.WEBP)).as("lossy with alpha (VP8X)")
                .hasValue("WEBP 321x123");
        assertThat(size(cwebp(dir, png, "-lossless"), ImageFormat.WEBP)).as("lossless").hasValue("WEBP 321x123");
        Path jpg = dir.resolve("in.jpg");
        Files.write(jpg, ImageFiles.jpeg(321, 123));
        byte[] lossy = cwebp(dir, jpg, "-q", "70");
        assertThat(new String(lossy, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("VP8 ");
        assertThat(size(lossy, ImageFormat.WEBP)).as("lossy (VP8)").hasValue("WEBP 321x123");
    }

    @Test
    void avifTakesThePrimaryItemsSpatialExtentsTurnedByItsRotation() {
        assertThat(size(avif(false), ImageFormat.AVIF)).hasValue("AVIF 1920x1080");
        assertThat(size(avif(true), ImageFormat.AVIF)).hasValue("AVIF 1080x1920");

        byte[] ftyp = box("ftyp", ascii("avif"), new byte[4], ascii("mif1"), ascii("miaf"));
        byte[] noPrimary = concat(ftyp, fullBox("meta", 0, 0,
                box("iprp", box("ipco", ispe(640, 480), ispe(160, 120)))));
        assertThat(size(noPrimary, ImageFormat.AVIF)).as("without pitm, the first ispe").hasValue("AVIF 640x480");

        byte[] heic = concat(box("ftyp", ascii("heic"), new byte[4], ascii("mif1")), fullBox("meta", 0, 0,
                box("iprp", box("ipco", ispe(640, 480)))));
        assertThat(size(heic, ImageFormat.AVIF)).as("HEIC is not AVIF").isEmpty();
        byte[] compatible = concat(box("ftyp", ascii("mif1"), new byte[4], ascii("avif")), fullBox("meta", 0, 0,
                box("iprp", box("ipco", ispe(640, 480)))));
        assertThat(size(compatible, ImageFormat.AVIF)).hasValue("AVIF 640x480");
        byte[] noIspe = concat(ftyp, fullBox("meta", 0, 0, box("iprp", box("ipco"))));
        assertThat(size(noIspe, ImageFormat.AVIF)).isEmpty();
    }

    /**
     * An AVIF as libavif lays it out: a thumbnail's extents first in {@code ipco}, the primary
     * item (2) associated with the second {@code ispe} and, when {@code turned}, a quarter-turn {@code irot}.
     */
    static byte[] avif(boolean turned) {
        byte[] ftyp = box("ftyp", ascii("avif"), new byte[4], ascii("avif"), ascii("mif1"), ascii("miaf"));
        byte[] hdlr = fullBox("hdlr", 0, 0, new byte[4], ascii("pict"), new byte[13]);
        byte[] pitm = fullBox("pitm", 0, 0, new Writer(false).u16(2).bytes());
        byte[] ipco = box("ipco", ispe(320, 180), ispe(1920, 1080), box("irot", new byte[] {1}));
        Writer ipma = new Writer(false).u32(2);
        ipma.u16(1).u8(1).u8(0x81); // item 1 (thumbnail): essential property 1
        if (turned) {
            ipma.u16(2).u8(2).u8(2).u8(0x83);
        } else {
            ipma.u16(2).u8(1).u8(2);
        }
        byte[] meta = fullBox("meta", 0, 0, hdlr, pitm, box("iprp", ipco, fullBox("ipma", 0, 0, ipma.bytes())));
        return concat(ftyp, meta, box("mdat", new byte[16]));
    }

    /** A VP8 key frame's first bytes: frame tag, start code, 14-bit width and height. */
    static byte[] vp8(int width, int height) {
        return new Writer(true).u24(0x0150).u8(0x9d).u8(0x01).u8(0x2a).u16(width).u16(height).bytes();
    }

    /** A VP8L header: signature 0x2f, then width − 1 and height − 1 in 14 bits each, alpha, version 0. */
    static byte[] vp8l(int width, int height) {
        return new Writer(true).u8(0x2f).u32((width - 1) | ((long) (height - 1) << 14)).bytes();
    }

    /** A VP8X chunk: flags, reserved, canvas width − 1 and height − 1 in 24 bits each. */
    static byte[] vp8x(int width, int height) {
        return new Writer(true).u8(0x10).u24(0).u24(width - 1).u24(height - 1).bytes();
    }

    private static byte[] cwebp(Path dir, Path input, String... options) throws IOException, InterruptedException {
        Path out = dir.resolve("out.webp");
        String[] command = new String[options.length + 6];
        command[0] = "cwebp"; // on the PATH, as Cwebp.find() said
        command[1] = "-quiet";
        System.arraycopy(options, 0, command, 2, options.length);
        command[options.length + 2] = input.toString();
        command[options.length + 3] = "-o";
        command[options.length + 4] = out.toString();
        command[options.length + 5] = "-mt";
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(p.waitFor()).isZero();
        return Files.readAllBytes(out);
    }

    static Optional<String> size(byte[] bytes, ImageFormat format) {
        return ImageProbe.probe(bytes, format).map(i -> i.format() + " " + i.width() + "x" + i.height());
    }

    static byte[] with(byte[] bytes, int at, int value) {
        byte[] copy = bytes.clone();
        copy[at] = (byte) value;
        return copy;
    }

    private static int indexOfMarker(byte[] jpeg, int marker) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == marker) return i;
        }
        throw new AssertionError("no marker " + Integer.toHexString(marker));
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        Writer w = new Writer(false);
        for (byte[] p : parts) w.raw(p);
        return w.bytes();
    }
}
