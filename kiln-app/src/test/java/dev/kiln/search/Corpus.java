package dev.kiln.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A generated blog from the team's corpus generator ({@code ../shared/bench/gen-corpus}). */
final class Corpus {
    private static final Pattern TITLE = Pattern.compile("(?m)^title: *[\"']?(.*?)[\"']?$");

    private Corpus() {}

    /** Writes {@code posts} posts with {@code seed} into {@code out}; skips the test where the generator is absent. */
    static Path generate(int posts, int seed, Path out) throws IOException, InterruptedException {
        return dev.kiln.build.GeneratedCorpus.generate(posts, seed, out);
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
