package dev.kiln.search;

import dev.kiln.build.Shared;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A generated blog from the team's corpus generator ({@code ../shared/bench/gen-corpus}). */
final class Corpus {
    private static final Pattern TITLE = Pattern.compile("(?m)^title: *[\"']?(.*?)[\"']?$");

    private Corpus() {}

    /** Writes {@code posts} posts with {@code seed} into {@code out}; skips the test where the generator is absent. */
    static Path generate(int posts, int seed, Path out) throws IOException, InterruptedException {
        Path gen = Shared.require("bench/gen-corpus");
        Process p = new ProcessBuilder(gen.toString(), "--posts", String.valueOf(posts), "--seed",
                String.valueOf(seed), "--out", out.toString()).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("gen-corpus failed for " + posts + " posts");
        }
        return out;
    }

    /** The title in a post file's front matter. */
    static String title(Path post) throws IOException {
        Matcher m = TITLE.matcher(Files.readString(post));
        if (!m.find()) throw new IllegalStateException("no title in " + post);
        return m.group(1).replace("\\\"", "\"").replace("''", "'");
    }

    /** The posts of a corpus, sorted by file name, drafts left out. */
    static List<Path> publishedPosts(Path corpus) throws IOException {
        try (var files = Files.list(corpus.resolve("content/posts"))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().filter(f -> {
                try {
                    return !Files.readString(f).contains("\ndraft: true");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** Removes a folder tree (temporary sites and outputs). */
    static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
