package dev.kiln.build;

import dev.kiln.image.ImageFailure;
import dev.kiln.image.Resizer;
import dev.kiln.output.OutputFile;
import dev.kiln.site.MediaFiles;
import dev.kiln.site.SiteMedia;
import dev.kiln.site.SiteMedia.BundleFile;
import dev.kiln.site.SiteMedia.ImageVariant;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.Location;
import dev.kiln.source.SourcePath;
import java.util.ArrayList;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The output files of a site's media: each bundle file beside its page, each image variant from
 * the {@link VariantStore} or freshly resized. One job per file, so variants are made in parallel
 * on the build's pool.
 */
final class MediaOutputs {
    private final MediaLibrary library;
    private final VariantStore store;
    private final Resizer resizer;
    private final int quality;
    /** The decoded images of sources whose variants are still being made (see {@link Decoded}). */
    private final Map<SourcePath, Decoded> decoded = new ConcurrentHashMap<>();

    MediaOutputs(MediaLibrary library, VariantStore store, Resizer resizer, int quality) {
        this.library = library;
        this.store = store;
        this.resizer = resizer;
        this.quality = quality;
    }

    /** A media file that cannot be made: the diagnostic says which and why. */
    static final class Failure extends Exception {
        private final transient Diagnostic diagnostic;

        Failure(Diagnostic diagnostic) {
            super(diagnostic.message());
            this.diagnostic = diagnostic;
        }

        Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    /**
     * Makes one file; thread-safe. {@code key} names its content: two jobs with one key make equal
     * files (a variant's path holds its source's hash; a bundle file's key adds its hash), so the
     * dev server can reuse the file it made before instead of copying and comparing the bytes again.
     */
    interface Job {
        String key();

        OutputFile make() throws Failure;
    }

    private static Job job(Supplier<String> key, Maker maker) {
        return new Job() {
            @Override
            public String key() {
                return key.get();
            }

            @Override
            public OutputFile make() throws Failure {
                return maker.make();
            }
        };
    }

    @FunctionalInterface
    private interface Maker {
        OutputFile make() throws Failure;
    }

    /**
     * The jobs for {@code media}. A bundle file at a path that a page or a static file already
     * takes ({@code taken}) is an error rather than a silent replacement.
     */
    List<Job> jobs(SiteMedia media, Set<String> taken, Diagnostics diagnostics) {
        List<Job> jobs = new ArrayList<>();
        for (BundleFile f : media.files()) {
            if (taken.contains(f.outputPath())) {
                diagnostics.add(Diagnostic.error("content.bundle-file-conflict", Location.startOf(f.source()),
                        f.source() + " would be published at /" + f.outputPath() + ", which the site already uses"
                                + " for a page or a static file",
                        "rename the file (a bundle may not hold index.html or a file of static/ at the same path)", ""));
                continue;
            }
            // The key hashes the file: asked for by the dev server only, whose library keeps the bytes.
            Supplier<String> key = () -> f.outputPath() + "@"
                    + library.find(f.source()).map(MediaFiles.MediaFile::hash).orElse("gone");
            jobs.add(job(key, () -> new OutputFile(f.outputPath(),
                    library.read(f.source()).orElseThrow(() -> unreadable(f.source())))));
        }
        for (ImageVariant v : media.variants()) {
            decoded.computeIfAbsent(v.source(), s -> new Decoded()).remaining++;
            jobs.add(job(v::outputPath, () -> variant(v)));
        }
        return jobs;
    }

    private static Failure unreadable(SourcePath file) {
        return new Failure(Diagnostic.error("source.unreadable", Location.startOf(file), file + " cannot be read",
                "check the file's permissions", ""));
    }

    private OutputFile variant(ImageVariant v) throws Failure {
        String key = VariantStore.key(v.hash(), v.variant(), quality);
        Decoded d = decoded.get(v.source());
        try {
            Optional<byte[]> cached = store.get(key);
            if (cached.isPresent()) return new OutputFile(v.outputPath(), cached.get());
            byte[] made = resizer.make(d.image(library, v.source()), v.sourceFormat(), v.variant());
            store.put(key, made);
            return new OutputFile(v.outputPath(), made);
        } catch (ImageFailure e) {
            throw new Failure(Diagnostic.error("image.unreadable", Location.startOf(v.source()),
                    v.source() + ": " + e.getMessage(),
                    "re-export the image as an RGB JPEG or a PNG (CMYK JPEGs cannot be read by Java)", ""));
        } finally {
            if (d.release()) decoded.remove(v.source(), d);
        }
    }

    /**
     * One source image decoded once for all its variants, and forgotten when the last of them is
     * made, so memory holds only the images whose variants are in progress (the jobs of one
     * image are next to each other). Encoded variants found in the store need no decoding at all.
     */
    private static final class Decoded {
        private int remaining;
        private BufferedImage image;

        synchronized BufferedImage image(MediaLibrary library, SourcePath source) throws Failure, ImageFailure {
            if (image == null) image = Resizer.decode(library.read(source).orElseThrow(() -> unreadable(source)));
            return image;
        }

        /** True when this was the last variant. */
        synchronized boolean release() {
            remaining--;
            if (remaining > 0) return false;
            image = null;
            return true;
        }
    }
}
