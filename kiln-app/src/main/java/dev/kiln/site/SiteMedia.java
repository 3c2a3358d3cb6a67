package dev.kiln.site;

import dev.kiln.image.ImageFormat;
import dev.kiln.image.Variant;
import dev.kiln.source.SourcePath;
import java.util.List;

/**
 * The files a site publishes besides its pages: the files of its bundles, each beside its post
 * or page, and the resized variants of the images its posts and pages show. Sorted by output path.
 */
public record SiteMedia(List<BundleFile> files, List<ImageVariant> variants) {
    public SiteMedia {
        files = List.copyOf(files);
        variants = List.copyOf(variants);
    }

    /** A file of a bundle and where it is published ({@code posts/trip/photo.jpg}, no leading slash). */
    public record BundleFile(SourcePath source, String outputPath) {}

    /** A variant of the image {@code source} (a {@code sourceFormat} file), published at {@code outputPath}. */
    public record ImageVariant(SourcePath source, ImageFormat sourceFormat, Variant variant, String hash,
                               String outputPath) {}
}
