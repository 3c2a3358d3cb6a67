package dev.kiln.site;

import dev.kiln.content.Document;
import dev.kiln.markdown.Broken;
import dev.kiln.site.SiteMedia.BundleFile;
import dev.kiln.site.SiteMedia.ImageVariant;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Gathers, document by document in the site's order, the image variants the published posts and
 * pages need (their bodies' images and the front-matter {@code image}) and then the files of the
 * published bundles. Asks the {@link ImageTable} again rather than collecting while bodies render,
 * so that a body reused from a cache contributes exactly as a fresh one.
 */
final class MediaCollector {
    private final ImageTable images;
    private final TreeMap<String, ImageVariant> variants = new TreeMap<>();

    MediaCollector(ImageTable images) {
        this.images = images;
    }

    /**
     * Records the variants of {@code doc}'s images and returns its front-matter image as the page
     * shows it to social cards: a site URL of a variant at most {@code social_width} wide, or the
     * value as written when it is another site's URL. A missing file is an error at the key.
     */
    Optional<String> document(Document doc, List<String> bodyImages, Diagnostics diagnostics) {
        String folder = doc.source().parent();
        for (String destination : bodyImages) add(images.resolve(folder, destination).variants());
        Optional<String> image = doc.frontMatter().image().map(String::trim).filter(s -> !s.isEmpty());
        if (image.isEmpty()) return Optional.empty();
        ImageTable.Resolved r = images.resolve(folder, image.get());
        if (r.resolution() instanceof Broken broken) {
            diagnostics.add(Diagnostic.error("front-matter.image", Placement.at(doc, "image"), broken.message(),
                    broken.hint(), ""));
            return Optional.empty();
        }
        if (r.social().isEmpty()) return image;
        r.social().get().variant().ifPresent(v -> variants.putIfAbsent(v.outputPath(), v));
        return Optional.of(r.social().get().url());
    }

    private void add(List<ImageVariant> list) {
        for (ImageVariant v : list) variants.putIfAbsent(v.outputPath(), v);
    }

    /** The bundle files among {@code contentFiles} and every variant recorded. */
    SiteMedia media(List<SourcePath> contentFiles) {
        List<BundleFile> files = new ArrayList<>();
        for (SourcePath file : contentFiles) {
            if (file.fileName().endsWith(".md")) continue;
            images.bundleOf(file).ifPresent(bundle -> files.add(new BundleFile(file, images.publishedPath(bundle, file))));
        }
        files.sort(Comparator.comparing(BundleFile::outputPath));
        return new SiteMedia(files, new ArrayList<>(variants.values()));
    }
}
