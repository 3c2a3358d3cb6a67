package dev.kiln.build;

import dev.kiln.image.Cwebp;
import dev.kiln.image.ImageFailure;
import dev.kiln.image.ImageFormat;
import dev.kiln.image.ImageInfo;
import dev.kiln.image.ImageProbe;
import dev.kiln.image.Resizer;
import dev.kiln.image.Variant;
import dev.kiln.site.MediaFiles;
import dev.kiln.source.SourcePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files that are not Markdown: {@code content/}'s (read from disk) and the merged static
 * folders (from {@link Assets}). A file is read, hashed and its image header probed once, when
 * first asked for. The dev server keeps one library across rebuilds and tells it what changed;
 * a build makes a new one.
 */
final class MediaLibrary implements MediaFiles {
    /**
     * The largest file whose WebP copy is made to see whether it is smaller (see {@link #webpSmaller}).
     * The copy is made while the pages are assembled and held until it is written, so a site of
     * large photos would hold them all; and for those, WebP at a photo's quality is the smaller.
     */
    static final int WEBP_CHECKED_UP_TO = 64 * 1024;

    private final Path root;
    private final Optional<Cwebp> webp;
    private final VariantStore store;
    /** Whether to keep bytes in memory (the dev server serves from memory anyway). */
    private final boolean keepBytes;
    private List<SourcePath> contentFiles;
    private Set<SourcePath> contentSet;
    private Assets assets;
    private final Map<SourcePath, Optional<MediaFile>> found = new ConcurrentHashMap<>();
    private final Map<SourcePath, byte[]> kept = new ConcurrentHashMap<>();
    /** Content hash and quality → whether WebP makes that image smaller. */
    private final Map<String, Boolean> webpSmaller = new ConcurrentHashMap<>();

    /** @param store where a WebP copy made by {@link #webpSmaller} goes, so it is not made twice */
    MediaLibrary(Path root, List<SourcePath> contentFiles, Assets assets, Optional<Cwebp> webp, VariantStore store,
                 boolean keepBytes) {
        this.root = root;
        this.webp = webp;
        this.store = store;
        this.keepBytes = keepBytes;
        content(contentFiles);
        this.assets = assets;
    }

    /** The content files that are not Markdown among {@code listed}. */
    static List<SourcePath> nonMarkdown(List<SourcePath> listed) {
        return listed.stream().filter(p -> !p.fileName().endsWith(".md")).sorted().toList();
    }

    @Override
    public List<SourcePath> contentFiles() {
        return contentFiles;
    }

    @Override
    public boolean webp() {
        return webp.isPresent();
    }

    /**
     * A lossy WebP has some 40 bytes of container and frame headers and codes flat colour worse
     * than PNG: a 1×1 PNG of 70 bytes became a 98-byte WebP, and icons and diagrams do likewise.
     * Offered first in a {@code <picture>}, such a copy makes the page larger, not smaller. So a
     * small file's full-size WebP is made now, before any page shows it, and compared; a file
     * larger than {@link #WEBP_CHECKED_UP_TO} keeps its WebP variants unchecked. A file that
     * cannot be decoded keeps them too: making its variants reports it, as for every image.
     */
    @Override
    public boolean webpSmaller(MediaFile file, int quality) {
        if (webp.isEmpty() || file.info().isEmpty()) return false;
        if (file.size() > WEBP_CHECKED_UP_TO) return true;
        return webpSmaller.computeIfAbsent(file.hash() + " " + quality, k -> compare(file, quality));
    }

    private boolean compare(MediaFile file, int quality) {
        ImageInfo info = file.info().orElseThrow();
        Variant full = new Variant(info.width(), ImageFormat.WEBP);
        String key = VariantStore.key(file.hash(), full, quality);
        Optional<byte[]> copy = store.get(key);
        if (copy.isEmpty()) {
            Optional<byte[]> bytes = read(file.path());
            if (bytes.isEmpty()) return true;
            try {
                copy = Optional.of(new Resizer(quality, webp).make(bytes.get(), info.format(), full));
            } catch (ImageFailure e) {
                return true;
            }
            // The job that publishes the variant, if it is wanted, takes it from the store.
            store.putEarly(key, copy.get());
        }
        return copy.get().length < file.size();
    }

    @Override
    public Optional<MediaFile> find(SourcePath path) {
        return found.computeIfAbsent(path, this::load);
    }

    private Optional<MediaFile> load(SourcePath path) {
        Optional<byte[]> bytes = read(path);
        if (bytes.isEmpty()) return Optional.empty();
        Optional<ImageFormat> format = ImageFormat.ofFileName(path.fileName());
        Optional<ImageInfo> info = format.flatMap(f -> ImageProbe.probe(bytes.get(), f));
        return Optional.of(new MediaFile(path, sha256(bytes.get()), bytes.get().length, format, info));
    }

    /** The file's bytes now; empty when it does not exist (any more). */
    Optional<byte[]> read(SourcePath path) {
        byte[] cached = kept.get(path);
        if (cached != null) return Optional.of(cached);
        Optional<byte[]> bytes;
        if (path.startsWith("static")) {
            bytes = assets.bytes(path.value().substring("static/".length()));
        } else if (contentSet.contains(path)) {
            try {
                bytes = Optional.of(Files.readAllBytes(path.resolveAgainst(root)));
            } catch (IOException e) {
                bytes = Optional.empty(); // gone since it was listed: the next rebuild lists again
            }
        } else {
            bytes = Optional.empty();
        }
        if (keepBytes) bytes.ifPresent(b -> kept.put(path, b));
        return bytes;
    }

    /** A rebuild: the content folder's files as listed now, and the paths to read again. */
    void refresh(List<SourcePath> listed, Collection<SourcePath> touched) {
        content(listed);
        for (SourcePath t : touched) {
            String prefix = t.value() + "/";
            found.keySet().removeIf(p -> p.equals(t) || p.value().startsWith(prefix));
            kept.keySet().removeIf(p -> p.equals(t) || p.value().startsWith(prefix));
        }
        found.keySet().removeIf(p -> p.startsWith("content") && !contentSet.contains(p));
        kept.keySet().removeIf(p -> p.startsWith("content") && !contentSet.contains(p));
    }

    /** New static files: every static path is read again. */
    void assets(Assets next) {
        assets = next;
        found.keySet().removeIf(p -> p.startsWith("static"));
        kept.keySet().removeIf(p -> p.startsWith("static"));
    }

    private void content(List<SourcePath> listed) {
        contentFiles = nonMarkdown(listed);
        contentSet = new HashSet<>(contentFiles);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
