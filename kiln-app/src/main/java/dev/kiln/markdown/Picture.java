package dev.kiln.markdown;

import java.util.Objects;

/**
 * An image as the page shows it: {@code src} (a URL, percent-encoded), its intrinsic size (0 when
 * unknown: no attributes then), the {@code srcset} of same-format variants and of WebP variants
 * (empty for none) and the {@code sizes} that goes with them. Rendered as
 * {@code <picture><source type="image/webp" srcset sizes><img src srcset sizes width height alt loading decoding></picture>},
 * the {@code <picture>} only when there is a WebP set.
 */
public record Picture(String src, int width, int height, String srcset, String webpSrcset, String sizes)
        implements ImageResolution {
    public Picture {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(srcset, "srcset");
        Objects.requireNonNull(webpSrcset, "webpSrcset");
        Objects.requireNonNull(sizes, "sizes");
    }
}
