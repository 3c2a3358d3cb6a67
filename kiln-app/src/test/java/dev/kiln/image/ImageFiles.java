package dev.kiln.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Image files for the header tests: encoded by the JDK, or the bytes of a header put together by hand. */
final class ImageFiles {
    private ImageFiles() {}

    static byte[] png(int width, int height) {
        return encode(draw(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    static byte[] gif(int width, int height) {
        return encode(draw(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    static byte[] jpeg(int width, int height) {
        return encode(draw(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static byte[] progressiveJpeg(int width, int height) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(draw(width, height, BufferedImage.TYPE_INT_RGB), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage draw(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 110, 170));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(230, 180, 50));
        g.fillRect(0, 0, width / 2, height / 3);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) throw new IllegalStateException("no " + format + " writer");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code jpeg} with a segment ({@code marker}, then its length and {@code data}) right after SOI. */
    static byte[] withSegment(byte[] jpeg, int marker, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xff);
        out.write(marker);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xff);
        out.writeBytes(data);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** {@code bytes} with {@code inserted} put in at {@code at}. */
    static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /**
     * The data of an APP1 EXIF segment whose first IFD holds a resolution unit and then the
     * orientation tag, in the byte order {@code little} ({@code II}) or big ({@code MM}) endian.
     */
    static byte[] exif(int orientation, boolean little) {
        Writer w = new Writer(little);
        w.ascii("Exif\0\0");
        w.ascii(little ? "II" : "MM").u16(42).u32(8);
        w.u16(2); // entries
        w.u16(0x0128).u16(3).u32(1).u16(2).u16(0); // ResolutionUnit: inches
        w.u16(0x0112).u16(3).u32(1).u16(orientation).u16(0);
        w.u32(0); // no next IFD
        return w.bytes();
    }

    /** A RIFF WebP file holding one chunk. */
    static byte[] webp(String chunk, byte[] data) {
        Writer w = new Writer(true);
        w.ascii("RIFF").u32(4 + 8 + data.length).ascii("WEBP").ascii(chunk).u32(data.length).raw(data);
        return w.bytes();
    }

    /** An ISOBMFF box. */
    static byte[] box(String type, byte[]... contents) {
        Writer body = new Writer(false);
        for (byte[] c : contents) body.raw(c);
        byte[] b = body.bytes();
        return new Writer(false).u32(8 + b.length).ascii(type).raw(b).bytes();
    }

    /** An ISOBMFF full box: version and flags, then the contents. */
    static byte[] fullBox(String type, int version, int flags, byte[]... contents) {
        Writer head = new Writer(false).u8(version).u8(flags >> 16).u8(flags >> 8).u8(flags);
        byte[][] all = new byte[contents.length + 1][];
        all[0] = head.bytes();
        System.arraycopy(contents, 0, all, 1, contents.length);
        return box(type, all);
    }

    static byte[] ispe(int width, int height) {
        return fullBox("ispe", 0, 0, new Writer(false).u32(width).u32(height).bytes());
    }

    /** Little helper to write header fields in one byte order. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final boolean little;

        Writer(boolean little) {
            this.little = little;
        }

        Writer u8(int v) {
            out.write(v & 0xff);
            return this;
        }

        Writer u16(int v) {
            return little ? u8(v).u8(v >> 8) : u8(v >> 8).u8(v);
        }

        Writer u24(int v) {
            return little ? u8(v).u8(v >> 8).u8(v >> 16) : u8(v >> 16).u8(v >> 8).u8(v);
        }

        Writer u32(long v) {
            return little ? u16((int) v).u16((int) (v >> 16)) : u16((int) (v >> 16)).u16((int) v);
        }

        Writer ascii(String s) {
            return raw(s.getBytes(StandardCharsets.ISO_8859_1));
        }

        Writer raw(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
