package dev.kiln.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.image.Cwebp;
import dev.kiln.source.Diagnostic;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Post bundles (a folder with index.md and its files) and the responsive images of posts. */
class BundleImagesTest {
    static final String TRIP = """
            -- kiln.yaml --
            title: Photos
            base_url: https://blog.example/
            images:
              webp: false
            -- content/posts/trip/index.md --
            ---
            title: The trip
            date: 2024-05-01
            image: photo.jpg
            ---
            ![The harbour at dawn](photo.jpg)

            Some text, then a small one: ![A tiny icon](small.png "icon")

            The [route as a file](route.gpx) and a [link to the post](../other.md).
            -- content/posts/other.md --
            ---
            title: Other
            date: 2024-04-01
            ---
            ![Pipeline](/images/diagram.svg)
            -- content/posts/trip/route.gpx --
            <gpx></gpx>
            -- static/images/diagram.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 200"><rect width="640" height="200"/></svg>
            """;

    static TestSite trip() {
        return TestSite.of(TRIP)
                .file("content/posts/trip/photo.jpg", TestImages.jpeg(1600, 1000))
                .file("content/posts/trip/small.png", TestImages.png(300, 200));
    }

    @Test
    void theFilesOfABundleArePublishedBesideItsPost() {
        var built = trip().build();

        assertThat(built.exists("posts/trip/route.gpx")).isTrue();
        assertThat(built.exists("posts/trip/photo.jpg")).isTrue();
        assertThat(built.file("posts/trip/route.gpx")).isEqualTo("<gpx></gpx>\n");
        assertThat(built.html("/posts/trip/").select("a[href=route.gpx]")).hasSize(1);
    }

    @Test
    void anImageGetsItsSizeVariantsAndLazyLoadingButTheFirstIsNotLazy() {
        Document page = trip().build().html("/posts/trip/");
        List<Element> images = page.select("article .content img");

        assertThat(images).hasSize(2);
        Element photo = images.get(0);
        assertThat(photo.attr("src")).isEqualTo("/posts/trip/photo.jpg");
        assertThat(photo.attr("alt")).isEqualTo("The harbour at dawn");
        assertThat(photo.attr("width")).isEqualTo("1600");
        assertThat(photo.attr("height")).isEqualTo("1000");
        assertThat(photo.attr("srcset")).matches("/posts/trip/photo\\.[0-9a-f]{8}\\.480w\\.jpg 480w, "
                + "/posts/trip/photo\\.[0-9a-f]{8}\\.960w\\.jpg 960w, /posts/trip/photo\\.[0-9a-f]{8}\\.1440w\\.jpg 1440w, "
                + "/posts/trip/photo\\.jpg 1600w");
        assertThat(photo.attr("sizes")).isNotEmpty();
        assertThat(photo.hasAttr("loading")).as("the first image may be above the fold").isFalse();
        assertThat(photo.attr("fetchpriority")).isEqualTo("high");
        assertThat(photo.attr("decoding")).isEqualTo("async");

        Element small = images.get(1);
        assertThat(small.attr("width")).isEqualTo("300");
        assertThat(small.attr("height")).isEqualTo("200");
        assertThat(small.attr("title")).isEqualTo("icon");
        assertThat(small.hasAttr("srcset")).as("never upscaled: no width below 300 is configured").isFalse();
        assertThat(small.attr("loading")).isEqualTo("lazy");
        assertThat(small.hasAttr("fetchpriority")).isFalse();
        assertThat(page.select("picture")).as("webp: false").isEmpty();
    }

    @Test
    void variantsAreResizedToTheirWidthKeepingTheAspectRatio() throws IOException {
        var built = trip().build();
        String srcset = built.html("/posts/trip/").select("article .content img").first().attr("srcset");
        String path = srcset.split(" ")[0].substring(1);

        BufferedImage variant = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(built.output().resolve(path))));
        assertThat(variant.getWidth()).isEqualTo(480);
        assertThat(variant.getHeight()).isEqualTo(300);
    }

    @Test
    void webpVariantsComeInAPictureWithTheOriginalFormatAsFallback() throws IOException {
        assumeTrue(Cwebp.find().isPresent(), "cwebp is not installed (apt install webp)");
        var built = trip().edit("kiln.yaml", "webp: false", "webp: true").build();
        Element picture = built.html("/posts/trip/").select("article .content picture").first();

        assertThat(picture).isNotNull();
        Element source = picture.selectFirst("source");
        assertThat(source.attr("type")).isEqualTo("image/webp");
        assertThat(source.attr("srcset")).matches("/posts/trip/photo\\.[0-9a-f]{8}\\.480w\\.webp 480w, .*"
                + "/posts/trip/photo\\.[0-9a-f]{8}\\.1600w\\.webp 1600w");
        assertThat(picture.selectFirst("img").attr("srcset")).contains(".480w.jpg 480w");
        String first = source.attr("srcset").split(" ")[0].substring(1);
        assertThat(new String(Files.readAllBytes(built.output().resolve(first)), 0, 4, StandardCharsets.US_ASCII))
                .isEqualTo("RIFF");
    }

    /** A PNG of one pixel (70 bytes): its lossy WebP copy is larger (98 bytes with cwebp 1.2). */
    static final byte[] DOT = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Test
    void anImageWhoseWebpCopyIsNotSmallerGetsNoWebpVariants() throws IOException {
        assumeTrue(Cwebp.find().isPresent(), "cwebp is not installed (apt install webp)");
        var built = trip().edit("kiln.yaml", "webp: false", "webp: true")
                .file("content/posts/trip/dot.png", DOT)
                .file("static/images/dot.png", DOT)
                .edit("content/posts/trip/index.md", "Some text,", "A dot ![a dot](dot.png) and ![the same dot](/images/dot.png).\n\nSome text,")
                .build();
        Element content = built.html("/posts/trip/").selectFirst("article .content");

        for (String alt : List.of("a dot", "the same dot")) {
            Element dot = content.selectFirst("img[alt=" + alt + "]");
            assertThat(dot.parent().tagName()).as(alt).isEqualTo("p");
            assertThat(dot.hasAttr("srcset")).as(alt).isFalse();
        }
        try (Stream<Path> files = Files.walk(built.output())) {
            assertThat(files.map(p -> built.output().relativize(p).toString()))
                    .filteredOn(p -> p.contains("dot.") && !p.startsWith(".kiln-cache"))
                    .containsExactlyInAnyOrder("posts/trip/dot.png", "images/dot.png");
        }
        // The gradient beside it compresses better as WebP: it keeps its <picture>.
        Element small = content.selectFirst("img[alt=A tiny icon]");
        assertThat(small.parent().tagName()).isEqualTo("picture");
        String webp = small.parent().selectFirst("source[type=image/webp]").attr("srcset").split(" ")[0].substring(1);
        long webpSize = Files.size(built.output().resolve(webp));
        assertThat(webpSize).isLessThan(Files.size(built.output().resolve("posts/trip/small.png")));
    }

    @Test
    void aStaticImageGetsItsSizeFromTheSvgViewBoxAndTheBasePath() {
        var built = trip().edit("kiln.yaml", "https://blog.example/", "https://blog.example/notes/").build();
        Element img = built.html("/posts/other/").select("article .content img").first();

        assertThat(img.attr("src")).isEqualTo("/notes/images/diagram.svg");
        assertThat(img.attr("width")).isEqualTo("640");
        assertThat(img.attr("height")).isEqualTo("200");
        assertThat(img.hasAttr("srcset")).isFalse();
    }

    @Test
    void theFrontMatterImageIsTheSocialCardAtAboutTwelveHundredPixels() {
        Document page = trip().build().html("/posts/trip/");

        assertThat(page.select("meta[property=og:image]").attr("content"))
                .matches("https://blog\\.example/posts/trip/photo\\.[0-9a-f]{8}\\.1200w\\.jpg");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
    }

    @Test
    void feedsMakeTheBundlesRelativeReferencesAbsolute() {
        var built = trip().build();
        String atom = built.file("atom.xml");

        assertThat(atom).contains("src=\"https://blog.example/posts/trip/photo.jpg\"");
        assertThat(atom).contains("href=\"https://blog.example/posts/trip/route.gpx\"");
        assertThat(atom).containsPattern("https://blog\\.example/posts/trip/photo\\.[0-9a-f]{8}\\.480w\\.jpg 480w");
    }

    @Test
    void missingImagesAreErrorsAtTheirLineAllAtOnce() {
        var built = TestSite.of(TRIP.replace("image: photo.jpg", "image: cover.jpg")
                        .replace("![Pipeline](/images/diagram.svg)", "Text.\n\n![Pipeline](/images/pipeline.svg)"))
                .file("content/posts/trip/photo.jpg", TestImages.jpeg(800, 500))
                .build();

        assertThat(built.report().failed()).isTrue();
        assertThat(built.report().diagnostics()).extracting(d -> d.code() + " " + d.location())
                .containsExactly(
                        "content.image-missing content/posts/other.md:7:1",
                        "front-matter.image content/posts/trip/index.md:4:8",
                        "content.image-missing content/posts/trip/index.md:8:30");
        Diagnostic small = built.report().diagnostics().get(2);
        assertThat(small.message()).contains("small.png").contains("content/posts/trip/small.png").contains("does not exist");
        assertThat(small.hint()).isNotEmpty();
        assertThat(built.output()).doesNotExist();
    }

    @Test
    void anImageBesideAPostThatIsNotABundleIsNotPublishedAndSaysSo() {
        var built = TestSite.of("""
                -- content/posts/loose.md --
                ---
                title: Loose
                date: 2024-05-01
                ---
                ![A photo](loose.png)
                """).file("content/posts/loose.png", TestImages.png(100, 100)).build();

        assertThat(built.report().diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("content.image-missing");
            assertThat(d.message()).contains("not published").contains("bundle");
        });
    }

    @Test
    void aBundleFileAtThePathOfAPageOrAStaticFileIsAnErrorButOtherBundleFilesAreNot() {
        var built = TestSite.of("""
                -- content/posts/trip/index.md --
                ---
                title: The trip
                date: 2024-05-01
                ---
                Text.
                -- content/posts/trip/index.html --
                <p>a page of its own</p>
                -- content/posts/trip/robots.txt --
                shadows nothing: no page or static file is there
                -- content/posts/trip/route.gpx --
                <gpx></gpx>
                -- static/posts/trip/notes.txt --
                a static file
                -- content/posts/trip/notes.txt --
                the bundle's own notes
                """).build();

        assertThat(built.report().diagnostics()).filteredOn(d -> d.code().equals("content.bundle-file-conflict"))
                .extracting(d -> d.location().toString())
                .containsExactlyInAnyOrder("content/posts/trip/index.html:1:1", "content/posts/trip/notes.txt:1:1");
        assertThat(built.report().diagnostics()).filteredOn(d -> d.code().equals("content.bundle-file-conflict"))
                .allSatisfy(d -> assertThat(d.message()).contains("which the site already uses"));
        assertThat(built.report().failed()).isTrue();
    }

    @Test
    void anImageThatClaimsAHugeSizeInItsHeaderGetsNoVariantsAndDoesNotExhaustMemory() {
        var built = TestSite.of("""
                -- content/about/index.md --
                ---
                title: About
                ---
                ![A bomb](huge.png)
                """).file("content/about/huge.png", pngHeader(60_000, 60_000)).build();

        Element img = built.html("/about/").selectFirst("img");
        assertThat(img.attr("width")).isEqualTo("60000");
        assertThat(img.hasAttr("srcset")).isFalse();
    }

    /** A PNG signature and IHDR chunk claiming {@code w}×{@code h} pixels, and no pixel data. */
    private static byte[] pngHeader(int w, int h) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 25);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        b.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(w).putInt(h)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b.array(), 12, 17);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    @Test
    void theWidthsComeFromKilnYamlAndAMistakeThereIsReportedAtTheValue() {
        var built = trip().edit("kiln.yaml", "webp: false", "webp: false\n  widths: [800, 200]").build();
        assertThat(built.html("/posts/trip/").select("article .content img").first().attr("srcset"))
                .matches("\\S+\\.200w\\.jpg 200w, \\S+\\.800w\\.jpg 800w, /posts/trip/photo\\.jpg 1600w");

        var wrong = trip().edit("kiln.yaml", "webp: false", "webp: false\n  widths: big\n  qualty: 3").build();
        assertThat(wrong.report().diagnostics()).extracting(d -> d.code() + " " + d.location())
                .containsExactly("config.type kiln.yaml:5:11", "config.unknown-key kiln.yaml:6:3");
    }

    @Test
    void aPageBundlePublishesItsFilesToo() {
        var built = TestSite.of("""
                -- content/about/index.md --
                ---
                title: About
                ---
                ![Me](me.png)
                """).file("content/about/me.png", TestImages.png(200, 240)).build();

        assertThat(built.exists("about/me.png")).isTrue();
        assertThat(built.html("/about/").select("img").attr("width")).isEqualTo("200");
    }

    @Test
    void theSameSiteBuildsToTheSameBytesAndASecondBuildDoesNotEncodeAgain() throws IOException {
        TestSite site = trip().edit("kiln.yaml", "webp: false", "webp: true");
        var first = site.build();
        Path cache = first.output().resolve(".kiln-cache/images");
        Map<String, FileTime> cached = times(cache);
        assertThat(cached).isNotEmpty();

        site.edit("content/posts/other.md", "title: Other", "title: Another");
        var second = site.build();

        assertThat(second.report().written()).noneMatch(p -> p.contains("w."));
        assertThat(times(cache)).as("cache entries reused, not re-encoded").isEqualTo(cached);

        TestSite copy = trip().edit("kiln.yaml", "webp: false", "webp: true")
                .edit("content/posts/other.md", "title: Other", "title: Another");
        Map<String, String> fresh = hashes(copy.build().output());
        assertThat(fresh).isEqualTo(hashes(second.output()));
    }

    private static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String rel = folder.relativize(p).toString();
                if (rel.startsWith(".kiln-build")) continue;
                out.put(rel, MediaLibrary.sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static Map<String, FileTime> times(Path folder) throws IOException {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) out.put(p.getFileName().toString(), Files.getLastModifiedTime(p));
        }
        return out;
    }
}
