package dev.kiln.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.output.OutputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The incremental oracle (ARCHITECTURE §7): random edit sequences on a generated site; after each
 * step the in-memory output of the incremental rebuild equals a clean build, byte for byte.
 */
class RebuildOracleTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> TAGS = List.of("java", "builds", "tests", "cloud", "linux");
    private static final List<String> CATEGORIES = List.of("Notes", "Deep Dives");

    @TempDir
    Path root;

    private final List<String> posts = new ArrayList<>();
    private Random random;
    private int counter;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void incrementalOutputEqualsACleanBuildAfterEveryEdit(long seed) throws Exception {
        run(seed, false, false, Duration.ZERO);
    }

    /** Drafts and future posts shown, and a clock that moves on, so that future posts come due. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 6, 7})
    void incrementalOutputEqualsACleanBuildWithDraftsFuturePostsAndAMovingClock(long seed) throws Exception {
        run(seed, true, true, Duration.ofDays(9));
    }

    /** The clock moves on, future posts stay out until their day comes. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {8, 9})
    void incrementalOutputEqualsACleanBuildWhileFuturePostsComeDue(long seed) throws Exception {
        run(seed, false, false, Duration.ofDays(9));
    }

    private void run(long seed, boolean drafts, boolean future, Duration step) throws Exception {
        random = new Random(seed);
        Files.writeString(root.resolve("kiln.yaml"), "title: Oracle\nbase_url: https://oracle.example/\npaginate: 3\n"
                + "images:\n  widths: [100, 300]\n  webp: false\n");
        for (int i = 0; i < 10; i++) addPost();
        write(album + "/index.md", "---\ntitle: Album\ndate: 2025-02-03\nimage: photo.png\n---\n![A photo](photo.png)\n"
                + "\nThe [notes](notes.txt).\n");
        write(album + "/notes.txt", "notes\n");
        Files.write(root.resolve(album + "/photo.png"), TestImages.png(400, 250));
        write("content/about.md", "---\ntitle: About\n---\nAbout [the first post](posts/" + posts.get(0) + ".md).\n");
        Instant now = NOW;
        BuildOptions options = BuildOptions.of(root, now).withDrafts(drafts).withFuture(future);
        try (Rebuilder rebuilder = new Rebuilder(options); Builder clean = new Builder()) {
            assertSame(settled(rebuilder, rebuilder.full(now)), clean.generate(options), "the first build");
            for (int i = 0; i < 30; i++) {
                String what = edit();
                List<Path> touched = lastTouched;
                now = now.plus(step);
                assertSame(settled(rebuilder, rebuilder.rebuild(touched, now)), clean.generate(options.withNow(now)),
                        "step " + i + ": " + what);
            }
        }
    }

    private List<Path> lastTouched = List.of();
    /** A post whose link the last step broke, for the next step to fix. */
    private Path broken;

    /** A bundle post whose picture the edits redraw, delete and restore, and whose folder they rename. */
    private String album = "content/posts/album";

    private String edit() throws IOException {
        if (broken != null) {
            replaceLine(broken, "Body ", "Body fixed.");
            broken = null;
            return "fix the broken link";
        }
        int op = random.nextInt(18);
        if (op >= 14) return editAlbum(op - 7);
        if (posts.size() < 3) op = 3;
        String name = posts.get(random.nextInt(posts.size()));
        Path file = postFile(name);
        switch (op) {
            case 0, 7 -> {
                replaceLine(file, "Body ", "Body " + random.nextInt(1000) + " with more words.");
                return "edit the body of " + name;
            }
            case 1, 8 -> {
                replaceLine(file, "title: ", "title: \"Title " + random.nextInt(1000) + "\"");
                return "edit the title of " + name;
            }
            case 2 -> {
                replaceLine(file, "date: ", "date: " + date());
                return "edit the date of " + name;
            }
            case 3 -> {
                return "add " + addPost();
            }
            case 4 -> {
                Files.delete(file);
                posts.remove(name);
                lastTouched = List.of(file);
                return "delete " + name;
            }
            case 5 -> {
                String renamed = "renamed-" + (counter++);
                Path target = postFile(renamed);
                Files.move(file, target);
                posts.set(posts.indexOf(name), renamed);
                lastTouched = List.of(file, target);
                return "rename " + name + " to " + renamed;
            }
            case 6 -> {
                replaceLine(file, "tags: ", "tags: [" + TAGS.get(random.nextInt(TAGS.size())) + "]");
                return "retag " + name;
            }
            case 9 -> {
                replaceLine(file, "excerpt: ", "excerpt: \"Another excerpt " + random.nextInt(1000) + "\"");
                return "edit the excerpt of " + name;
            }
            case 10 -> {
                replaceLine(file, "draft: ", "draft: " + random.nextBoolean());
                return "draft or publish " + name;
            }
            case 11 -> {
                write("content/about.md", "---\ntitle: About " + random.nextInt(100) + "\n---\nAbout [a post](posts/"
                        + posts.get(random.nextInt(posts.size())) + ".md), edited.\n");
                return "edit the about page";
            }
            case 12 -> {
                // A broken link is an error; the next edit of this line fixes it.
                replaceLine(file, "Body ", "Body with [a broken link](missing-" + random.nextInt(3) + ".md).");
                broken = file;
                return "break a link in " + name;
            }
            default -> {
                // Two posts saved at once (a search-and-replace across files).
                String other = posts.get(random.nextInt(posts.size()));
                replaceLine(file, "title: ", "title: \"Both " + random.nextInt(1000) + "\"");
                List<Path> first = lastTouched;
                replaceLine(postFile(other), "Body ", "Body of both " + random.nextInt(1000) + ".");
                List<Path> both = new ArrayList<>(first);
                both.addAll(lastTouched);
                lastTouched = both;
                return "edit the title of " + name + " and the body of " + other;
            }
        }
    }

    private String editAlbum(int op) throws IOException {
        Path photo = root.resolve(album + "/photo.png");
        switch (op) {
            case 7 -> {
                int width = 50 + random.nextInt(500);
                Files.write(photo, TestImages.png(width, 40 + random.nextInt(300)));
                lastTouched = List.of(photo);
                return "redraw the album's photo " + width + " wide";
            }
            case 8 -> {
                if (Files.exists(photo)) {
                    Files.delete(photo);
                    lastTouched = List.of(photo);
                    return "delete the album's photo";
                }
                Files.write(photo, TestImages.png(320, 200));
                lastTouched = List.of(photo);
                return "restore the album's photo";
            }
            case 9 -> {
                replaceLine(root.resolve(album + "/index.md"), "The [notes]", "The [notes](notes.txt), take "
                        + random.nextInt(1000) + ".");
                return "edit the album's text";
            }
            default -> {
                String renamed = "content/posts/album-" + (counter++);
                Files.move(root.resolve(album), root.resolve(renamed));
                lastTouched = List.of(root.resolve(album), root.resolve(renamed));
                album = renamed;
                return "rename the album's folder to " + renamed;
            }
        }
    }

    /** Mostly in 2025, before the clock; one in six in 2026, after it until the clock has moved. */
    private String date() {
        return (random.nextInt(6) == 0 ? "2026-" : "2025-") + month() + "-0" + (1 + random.nextInt(9));
    }

    private String addPost() throws IOException {
        String name = "post-" + (counter++);
        String link = posts.isEmpty() || random.nextInt(3) > 0 ? "" : " See [an earlier one](" + posts.get(random.nextInt(posts.size())) + ".md).";
        String text = "---\ntitle: \"Post " + name + "\"\ndate: " + date() + "\ndraft: " + (random.nextInt(8) == 0)
                + "\ncategory: " + CATEGORIES.get(random.nextInt(CATEGORIES.size()))
                + "\ntags: [" + TAGS.get(random.nextInt(TAGS.size())) + ", " + TAGS.get(random.nextInt(TAGS.size())) + "]"
                + (random.nextBoolean() ? "\nexcerpt: \"Excerpt of " + name + "\"" : "")
                + "\n---\nBody of " + name + "." + link + "\n\n## A section\n\nMore text.\n";
        Path file = postFile(name);
        write(root.relativize(file).toString(), text);
        posts.add(name);
        lastTouched = List.of(file);
        return name;
    }

    private String month() {
        return String.format("%02d", 1 + random.nextInt(12));
    }

    private Path postFile(String name) {
        return root.resolve("content/posts/" + name + ".md");
    }

    private void write(String path, String text) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        lastTouched = List.of(p);
    }

    private void replaceLine(Path file, String prefix, String line) throws IOException {
        String text = Files.readString(file);
        String changed = text.lines().map(l -> l.startsWith(prefix) ? line : l).collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(file, changed);
        lastTouched = List.of(file);
    }

    /** The state once the feeds, sitemap and search index a rebuild leaves for later are made. */
    private static RebuildResult settled(Rebuilder rebuilder, RebuildResult result) {
        return result.failed() ? result : rebuilder.finish().orElse(result);
    }

    private static void assertSame(RebuildResult incremental, Generated clean, String when) {
        assertThat(incremental.failed()).as(when + ": failed?").isEqualTo(clean.failed());
        assertThat(incremental.diagnostics()).as(when + ": diagnostics").isEqualTo(clean.diagnostics());
        if (clean.failed()) return;
        Map<String, String> expected = texts(clean.files());
        Map<String, String> actual = texts(new ArrayList<>(incremental.state().orElseThrow().files().values()));
        assertThat(actual.keySet()).as(when + ": output paths").containsExactlyElementsOf(expected.keySet());
        for (String path : expected.keySet()) {
            assertThat(actual.get(path)).as(when + ": " + path).isEqualTo(expected.get(path));
        }
    }

    private static Map<String, String> texts(List<OutputFile> files) {
        Map<String, String> out = new TreeMap<>();
        for (OutputFile f : files) out.put(f.path(), new String(f.bytes(), StandardCharsets.ISO_8859_1));
        return out;
    }
}
