package dev.kiln.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The pixel work of {@link Resizer}: decoding with ImageIO, scaling with Java2D, encoding. Kept
 * apart so that only a build which makes a variant loads ImageIO's plugin registry and AWT.
 */
final class Pixels {
    private Pixels() {}

    /** The pixels of an image file. */
    static BufferedImage decode(byte[] bytes) throws ImageFailure {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) throw new ImageFailure("the file is not an image Java can decode");
            return image;
        } catch (IOException | RuntimeException e) {
            // CMYK JPEGs and broken files land here.
            throw new ImageFailure("the image cannot be decoded (" + e.getMessage() + ")");
        }
    }

    /** {@code image} at {@code width} pixels wide (never wider than it is), aspect ratio kept. */
    static BufferedImage scaled(BufferedImage image, int width, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        int targetW = Math.min(width, image.getWidth());
        int targetH = Math.max(1, (int) Math.round(image.getHeight() * (double) targetW / image.getWidth()));
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        do {
            w = Math.max(targetW, w / 2);
            h = w == targetW ? targetH : Math.max(targetH, h / 2);
            BufferedImage next = new BufferedImage(w, h, type);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                if (!alpha) {
                    // A transparent pixel of a PNG turned JPEG becomes white, not black.
                    g.setColor(java.awt.Color.WHITE);
                    g.fillRect(0, 0, w, h);
                }
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (w != targetW || h != targetH);
        return current;
    }

    static byte[] jpeg(BufferedImage image, int quality) throws ImageFailure {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) throw new IllegalStateException("the Java platform must write JPEG");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            JPEGImageWriteParam param = new JPEGImageWriteParam(null);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            param.setOptimizeHuffmanTables(true);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new ImageFailure("the resized image cannot be written (" + e.getMessage() + ")");
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * The pixels as a Netpbm image (PPM, or PAM with alpha) for {@code cwebp}: lossless like PNG
     * but with nothing to compress, which made PNG the slowest step of a WebP variant.
     */
    static byte[] netpbm(BufferedImage image, boolean alpha) {
        int w = image.getWidth();
        int h = image.getHeight();
        int channels = alpha ? 4 : 3;
        String header = alpha
                ? "P7\nWIDTH " + w + "\nHEIGHT " + h + "\nDEPTH 4\nMAXVAL 255\nTUPLTYPE RGB_ALPHA\nENDHDR\n"
                : "P6\n" + w + " " + h + "\n255\n";
        byte[] head = header.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + w * h * channels];
        System.arraycopy(head, 0, out, 0, head.length);
        int[] row = new int[w];
        int i = head.length;
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int argb : row) {
                out[i++] = (byte) (argb >> 16);
                out[i++] = (byte) (argb >> 8);
                out[i++] = (byte) argb;
                if (alpha) out[i++] = (byte) (argb >>> 24);
            }
        }
        return out;
    }

    static byte[] png(BufferedImage image) throws ImageFailure {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) throw new IllegalStateException("the Java platform must write PNG");
        } catch (IOException e) {
            throw new ImageFailure("the resized image cannot be written (" + e.getMessage() + ")");
        }
        return out.toByteArray();
    }
}
