package dev.kiln.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A blog from the team's corpus generator ({@code ../shared/bench/gen-corpus}). Its posts show
 * images under {@code /images/} that it does not write, and a missing image is an error, so a
 * 1×1 PNG is put in {@code static/} for each (as {@code scripts/bench/corpus-images} does).
 */
public final class GeneratedCorpus {
    private static final Pattern IMAGE = Pattern.compile("\\]\\(/(images/[^)\\s]+\\.png)\\)");

    private GeneratedCorpus() {}

    /** Writes {@code posts} posts with {@code seed} into {@code out}; skips the test where the generator is absent. */
    public static Path generate(int posts, int seed, Path out) throws IOException, InterruptedException {
        Path gen = Shared.require("bench/gen-corpus");
        Process p = new ProcessBuilder(gen.toString(), "--posts", String.valueOf(posts), "--seed",
                String.valueOf(seed), "--out", out.toString()).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("gen-corpus failed for " + posts + " posts");
        }
        Set<String> images = new TreeSet<>();
        try (Stream<Path> files = Files.walk(out.resolve("content"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Matcher m = IMAGE.matcher(Files.readString(f));
                while (m.find()) images.add(m.group(1));
            }
        }
        byte[] pixel = TestImages.png(1, 1);
        for (String image : images) {
            Path target = out.resolve("static").resolve(image);
            Files.createDirectories(target.getParent());
            Files.write(target, pixel);
        }
        return out;
    }
}
