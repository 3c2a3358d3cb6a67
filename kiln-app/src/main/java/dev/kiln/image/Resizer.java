package dev.kiln.image;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Makes the variants of a JPEG or PNG: decodes it (once for all its variants, if the caller keeps
 * the decoded image), scales it down by halving
 * steps (each step bilinear, which together look like an area average without its cost) and
 * encodes it with the JDK's writers — JPEG at the site's quality, PNG lossless — or hands the
 * raw pixels to {@link Cwebp} for WebP. Pure Java2D in software, so the bytes are the same on
 * every run of the same JDK. The Java2D and ImageIO work is in {@link Pixels}, so that a build
 * which makes no variant never loads those classes.
 */
public final class Resizer {
    /**
     * Images with more pixels than this (e.g. 10,000 × 6,400) get no variants: decoding one takes
     * 4 bytes a pixel, and a file that claims a huge size in a small header must not exhaust memory.
     */
    public static final long MAX_PIXELS = 64_000_000L;

    private final int quality;
    private final Optional<Cwebp> webp;

    public Resizer(int quality, Optional<Cwebp> webp) {
        this.quality = quality;
        this.webp = webp;
    }

    /** The bytes of {@code variant} of {@code original} (a {@code source}-format image). Thread-safe. */
    public byte[] make(byte[] original, ImageFormat source, Variant variant) throws ImageFailure {
        return make(decode(original), source, variant);
    }

    /**
     * The bytes of {@code variant} of an image already {@link #decode decoded}, so that the
     * variants of one image share one decoding. Thread-safe; {@code image} is only read.
     */
    public byte[] make(BufferedImage image, ImageFormat source, Variant variant) throws ImageFailure {
        if (variant.format() == ImageFormat.WEBP) {
            Cwebp encoder = webp.orElseThrow(() -> new IllegalStateException("a WebP variant without cwebp"));
            boolean alpha = source == ImageFormat.PNG;
            return encoder.encode(Pixels.netpbm(Pixels.scaled(image, variant.width(), alpha), alpha), quality);
        }
        if (variant.format() != source) {
            throw new IllegalArgumentException("a " + source + " image has no " + variant.format() + " variants");
        }
        boolean alpha = source == ImageFormat.PNG;
        BufferedImage scaled = Pixels.scaled(image, variant.width(), alpha);
        return source == ImageFormat.JPEG ? Pixels.jpeg(scaled, quality) : Pixels.png(scaled);
    }

    /** The pixels of an image file. */
    public static BufferedImage decode(byte[] bytes) throws ImageFailure {
        return Pixels.decode(bytes);
    }
}
