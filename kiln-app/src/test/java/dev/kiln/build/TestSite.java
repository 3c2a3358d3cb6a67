package dev.kiln.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A whole site written as one text block, built through the real {@link Builder}. Lines
 * {@code -- path --} start files (the idea of Hugo's integration tests). The clock is fixed.
 */
public final class TestSite {
    public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final Path root;
    private BuildOptions options;

    private TestSite(Path root) {
        this.root = root;
        this.options = BuildOptions.of(root, NOW);
    }

    /**
     * Writes the files of {@code spec} into a new temporary folder, inside one folder per test JVM
     * that is deleted when the JVM exits (a run of the tests made over a hundred sites, and left
     * them all in the system's temporary folder).
     */
    public static TestSite of(String spec) {
        try {
            TestSite site = new TestSite(Files.createTempDirectory(Scratch.FOLDER, "site-"));
            site.write(parse(spec));
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A site in {@code folder} as it is (a copy is not made). */
    public static TestSite at(Path folder) {
        return new TestSite(folder);
    }

    static Map<String, String> parse(String spec) {
        Map<String, String> files = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        String[] lines = spec.split("\n", -1);
        // A text block ends with a newline, which is the end of the last file's last line, not an empty line.
        int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            String line = lines[i];
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                if (current != null) files.put(current, body.toString());
                current = line.substring(3, line.length() - 3).trim();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) files.put(current, body.toString());
        return files;
    }

    private void write(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Writes a binary file (an image) into the site, e.g. {@code content/posts/trip/photo.jpg}. */
    public TestSite file(String path, byte[] bytes) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public TestSite options(java.util.function.UnaryOperator<BuildOptions> change) {
        options = change.apply(options);
        return this;
    }

    /** Replaces the first {@code from} in {@code file} with {@code to}. */
    public TestSite edit(String file, String from, String to) {
        try {
            Path p = root.resolve(file);
            String text = Files.readString(p);
            assertThat(text).as("text to edit in " + file).contains(from);
            Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Built build() {
        try (Builder builder = new Builder()) {
            return new Built(builder.build(options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SetupError e) {
            throw new AssertionError("setup error: " + e.getMessage(), e);
        }
    }

    /** A finished build: its report and its output, read the way a browser would. */
    public final class Built {
        private final BuildReport report;

        Built(BuildReport report) {
            this.report = report;
        }

        public BuildReport report() {
            return report;
        }

        public Path output() {
            return report.outputFolder();
        }

        /** The page at site URL {@code url} ({@code /posts/x/}), parsed. */
        public Document html(String url) {
            assertThat(report.failed()).as("build failed: %s", report.diagnostics()).isFalse();
            String rel = url.substring(1) + (url.endsWith("/") ? "index.html" : "");
            return Jsoup.parse(file(rel), "https://example.com" + url);
        }

        public boolean exists(String relativePath) {
            return Files.exists(output().resolve(relativePath));
        }

        public String file(String relativePath) {
            try {
                return Files.readString(output().resolve(relativePath), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public TestSite site() {
            return TestSite.this;
        }
    }

    /** The folder the sites of this JVM are made in, created on first use and deleted at exit. */
    private static final class Scratch {
        static final Path FOLDER = create();

        private static Path create() {
            try {
                Path folder = Files.createTempDirectory("kiln-tests-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder)));
                return folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Links are deleted, not followed. What cannot be deleted stays: there is no one to tell at exit. */
        private static void deleteTree(Path folder) {
            List<Path> paths;
            try (var walk = Files.walk(folder)) {
                paths = walk.sorted(Comparator.reverseOrder()).toList();
            } catch (IOException | UncheckedIOException e) {
                return;
            }
            for (Path p : paths) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Left in place, as are the folders above it.
                }
            }
        }
    }
}
