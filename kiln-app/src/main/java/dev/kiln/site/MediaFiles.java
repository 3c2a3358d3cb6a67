package dev.kiln.site;

import dev.kiln.image.ImageFormat;
import dev.kiln.image.ImageInfo;
import dev.kiln.source.SourcePath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's files that are not Markdown, as the assembler needs them: the files under
 * {@code content/} (bundle files), and any file of {@code content/} or {@code static/} by path
 * with its content hash and, for an image, its header. Must be thread-safe.
 */
public interface MediaFiles {
    /** Every file under {@code content/} that is not Markdown, sorted. */
    List<SourcePath> contentFiles();

    /**
     * The file at {@code path} ({@code content/…}, or {@code static/…} for the merged static
     * folders of the site and its themes); empty when there is none.
     */
    Optional<MediaFile> find(SourcePath path);

    /** Whether WebP variants can be made on this machine. */
    boolean webp();

    /**
     * Whether {@code file}, a JPEG or PNG with a known size, is worth WebP variants at
     * {@code quality}: whether its full-size WebP copy is smaller than the file. Asked only when
     * {@link #webp()}.
     */
    boolean webpSmaller(MediaFile file, int quality);

    /**
     * A file: its content hash (hex), its size in bytes, its image format when its name says it is
     * an image, and that image's header when it could be read (empty for a broken image).
     */
    record MediaFile(SourcePath path, String hash, long size, Optional<ImageFormat> format, Optional<ImageInfo> info) {
        public MediaFile {
            Objects.requireNonNull(path, "path");
            if (hash.length() < 8) throw new IllegalArgumentException("hash too short: " + hash);
        }
    }
}
