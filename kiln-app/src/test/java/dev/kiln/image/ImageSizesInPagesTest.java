package dev.kiln.image;

import static dev.kiln.image.ImageFiles.exif;
import static dev.kiln.image.ImageFiles.webp;
import static dev.kiln.image.ImageFiles.withSegment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.TestSite;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What the header reader's sizes become in a built page: the {@code width} and {@code height} of each image. */
class ImageSizesInPagesTest {
    private static final String SITE = """
            -- kiln.yaml --
            title: Sizes
            base_url: https://sizes.example/
            images:
              webp: false
            -- content/posts/walk/index.md --
            ---
            title: A walk
            date: 2024-06-01
            ---
            ![A lossless drawing](map.webp)

            ![A photo taken upright](tower.jpg)

            ![An animation](clouds.avif)

            ![Not really a picture](broken.png)
            """;

    @Test
    void webpAvifAndTurnedPhotosGetTheSizeTheBrowserShowsAndABrokenFileNone() {
        var built = TestSite.of(SITE)
                .file("content/posts/walk/map.webp", webp("VP8L", ImageProbeTest.vp8l(640, 360)))
                .file("content/posts/walk/tower.jpg", withSegment(ImageFiles.jpeg(400, 300), 0xe1, exif(6, false)))
                .file("content/posts/walk/clouds.avif", ImageProbeTest.avif(false))
                .file("content/posts/walk/broken.png", "not a PNG at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .build();

        assertThat(built.report().failed()).isFalse();
        List<Element> images = built.html("/posts/walk/").select("article .content img");
        assertThat(images).extracting(i -> i.attr("src") + " " + i.attr("width") + "x" + i.attr("height"))
                .containsExactly("/posts/walk/map.webp 640x360", "/posts/walk/tower.jpg 300x400",
                        "/posts/walk/clouds.avif 1920x1080", "/posts/walk/broken.png x");
        assertThat(built.exists("posts/walk/broken.png")).as("published as it is, as before").isTrue();
    }
}
