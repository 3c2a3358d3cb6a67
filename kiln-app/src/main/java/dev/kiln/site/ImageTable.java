package dev.kiln.site;

import dev.kiln.config.SiteConfig.ImageSettings;
import dev.kiln.image.ImageFormat;
import dev.kiln.image.ImageInfo;
import dev.kiln.image.Resizer;
import dev.kiln.image.Variant;
import dev.kiln.markdown.Broken;
import dev.kiln.markdown.ImageResolution;
import dev.kiln.markdown.ImageResolver;
import dev.kiln.markdown.Keep;
import dev.kiln.markdown.Picture;
import dev.kiln.site.MediaFiles.MediaFile;
import dev.kiln.site.SiteMedia.ImageVariant;
import dev.kiln.source.SourcePath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the images of posts and pages: a relative destination ({@code photo.jpg}) is a file of
 * the document's bundle, published beside it; a destination starting with {@code /} is a file of
 * {@code static/}. Each becomes a {@link Picture} with its published URL, its size from the header
 * and its variants (never wider than the original; WebP ones only if WebP makes the image
 * smaller, see {@link MediaFiles#webpSmaller}); a file that does not exist is
 * {@link Broken}. URLs with a scheme, {@code //host}, a query or a fragment are kept as written.
 * Results are remembered per folder and destination, so each image is looked at once.
 */
final class ImageTable {
    private final MediaFiles media;
    private final ImageSettings settings;
    private final String basePath;
    /** Bundle folder ({@code content/posts/trip}) → the URL folder its files are published in. */
    private final Map<String, String> bundles;
    private final Map<String, Resolved> memo = new ConcurrentHashMap<>();

    /** One destination resolved: what the page shows, and the variant files that needs. */
    record Resolved(ImageResolution resolution, List<ImageVariant> variants, Optional<Social> social) {}

    /** The image for social cards: its URL and size, and the variant it may need. */
    record Social(String url, Optional<ImageVariant> variant) {}

    ImageTable(MediaFiles media, ImageSettings settings, String basePath, Map<String, String> bundles) {
        this.media = media;
        this.settings = settings;
        this.basePath = basePath;
        this.bundles = Map.copyOf(bundles);
    }

    ImageResolver resolverFor(SourcePath document) {
        String folder = document.parent();
        return destination -> resolve(folder, destination).resolution();
    }

    Resolved resolve(String folder, String destination) {
        return memo.computeIfAbsent(folder + "\0" + destination, k -> compute(folder, destination));
    }

    /** The nearest bundle folder holding {@code path}, if any. */
    Optional<String> bundleOf(SourcePath path) {
        String folder = path.parent();
        while (!folder.isEmpty()) {
            if (bundles.containsKey(folder)) return Optional.of(folder);
            int cut = folder.lastIndexOf('/');
            folder = cut < 0 ? "" : folder.substring(0, cut);
        }
        return Optional.empty();
    }

    /** Where a bundle file is published: its bundle's URL folder plus its path inside the bundle. */
    String publishedPath(String bundle, SourcePath file) {
        return bundles.get(bundle) + file.value().substring(bundle.length() + 1);
    }

    private Resolved compute(String folder, String destination) {
        if (kept(destination)) return new Resolved(new Keep(), List.of(), Optional.empty());
        SourcePath source;
        String published;
        if (destination.startsWith("/")) {
            Optional<String> rel = normalise("", destination.substring(1));
            if (rel.isEmpty()) return broken(destination, "points outside the site", STATIC_HINT);
            source = new SourcePath("static/" + rel.get());
            published = rel.get();
        } else {
            Optional<String> rel = normalise(folder, destination);
            if (rel.isEmpty() || !rel.get().startsWith("content/")) {
                return broken(destination, "points outside content/", STATIC_HINT);
            }
            source = new SourcePath(rel.get());
            Optional<String> bundle = bundleOf(source);
            if (bundle.isEmpty()) {
                String why = media.find(source).isPresent()
                        ? "is " + source + ", which is not published: only the files of a bundle (a folder with an index.md) are"
                        : "points to " + source + ", which does not exist";
                return broken(destination, why, "move the post to a folder as index.md with the image beside it,"
                        + " or put the image in static/ and write /images/… ");
            }
            published = publishedPath(bundle.get(), source);
        }
        Optional<MediaFile> file = media.find(source);
        if (file.isEmpty()) {
            return broken(destination, "points to " + source + ", which does not exist",
                    "check the file name; a relative image is looked for beside the Markdown file, one starting"
                            + " with / in static/");
        }
        return picture(file.get(), published, destination);
    }

    private static final String STATIC_HINT =
            "put the image beside the post's index.md (a bundle) or in static/ (static/images/x.png is /images/x.png)";

    private Resolved picture(MediaFile file, String published, String destination) {
        String src = url(published);
        if (file.format().isEmpty() || file.info().isEmpty()) {
            // Not an image Java can read the header of: published as it is, without size or variants.
            return new Resolved(new Picture(src, 0, 0, "", "", settings.sizes()), List.of(), Optional.of(
                    new Social(src, Optional.empty())));
        }
        ImageInfo info = file.info().get();
        if (!info.format().resizable() || !info.hasSize() || (long) info.width() * info.height() > Resizer.MAX_PIXELS) {
            return new Resolved(new Picture(src, info.width(), info.height(), "", "", settings.sizes()), List.of(),
                    Optional.of(new Social(src, Optional.empty())));
        }
        List<ImageVariant> variants = new ArrayList<>();
        List<String> same = new ArrayList<>();
        List<String> webp = new ArrayList<>();
        boolean makeWebp = settings.webp() && media.webp() && media.webpSmaller(file, settings.quality());
        for (int w : settings.widths()) {
            if (w >= info.width()) break;
            same.add(candidate(variant(file, info, published, new Variant(w, info.format())), variants, w));
            if (makeWebp) webp.add(candidate(variant(file, info, published, new Variant(w, ImageFormat.WEBP)), variants, w));
        }
        if (!same.isEmpty()) same.add(src + " " + info.width() + "w");
        if (makeWebp) {
            webp.add(candidate(variant(file, info, published, new Variant(info.width(), ImageFormat.WEBP)), variants,
                    info.width()));
        }
        Optional<ImageVariant> socialVariant = info.width() > settings.socialWidth()
                ? Optional.of(variant(file, info, published, new Variant(settings.socialWidth(), info.format())))
                : Optional.empty();
        Social social = new Social(socialVariant.map(v -> url(v.outputPath())).orElse(src), socialVariant);
        Picture picture = new Picture(src, info.width(), info.height(), String.join(", ", same),
                String.join(", ", webp), settings.sizes());
        return new Resolved(picture, List.copyOf(variants), Optional.of(social));
    }

    private String candidate(ImageVariant v, List<ImageVariant> variants, int width) {
        variants.add(v);
        return url(v.outputPath()) + " " + width + "w";
    }

    private static ImageVariant variant(MediaFile file, ImageInfo info, String published, Variant v) {
        int slash = published.lastIndexOf('/');
        String dir = published.substring(0, slash + 1);
        String name = published.substring(slash + 1);
        return new ImageVariant(file.path(), info.format(), v, file.hash(), dir + v.fileName(name, file.hash()));
    }

    private static Resolved broken(String destination, String why, String hint) {
        return new Resolved(new Broken("the image \"" + destination + "\" " + why, hint), List.of(), Optional.empty());
    }

    /** Destinations that are not files of this site: other hosts, data URIs, queries, fragments. */
    private static boolean kept(String d) {
        if (d.isEmpty() || d.startsWith("//") || d.contains("?") || d.contains("#") || d.contains("\\")) return true;
        int colon = d.indexOf(':');
        int slash = d.indexOf('/');
        return colon > 0 && (slash < 0 || colon < slash);
    }

    /** {@code relative} against {@code folder}, without {@code .} and {@code ..}; empty if it climbs out. */
    static Optional<String> normalise(String folder, String relative) {
        List<String> parts = new ArrayList<>();
        if (!folder.isEmpty()) parts.addAll(List.of(folder.split("/")));
        for (String s : relative.split("/")) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (parts.isEmpty()) return Optional.empty();
                parts.remove(parts.size() - 1);
            } else {
                parts.add(s);
            }
        }
        if (parts.isEmpty()) return Optional.empty();
        return Optional.of(String.join("/", parts));
    }

    /** The URL of an output path: the base path, then the path with every byte outside RFC 3986's unreserved set escaped. */
    String url(String outputPath) {
        StringBuilder sb = new StringBuilder(basePath);
        for (byte b : outputPath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
