package dev.kiln.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Through {@code kiln build}: nothing is written outside the output folder, and a failed build leaves it as it was. */
@Timeout(60)
class OutputSafetyTest {
    @TempDir
    Path dir;

    /** Every file below {@code root} (except {@code skip}) with its size, modification time and hash. */
    private static Map<String, String> snapshot(Path root, Path skip) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (skip != null && p.startsWith(skip)) continue;
                String state = Files.isDirectory(p) ? "dir"
                        : Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis() + " "
                                + java.util.Arrays.hashCode(Files.readAllBytes(p));
                out.put(root.relativize(p).toString(), state);
            }
        }
        return out;
    }

    private HostileSite hostileSite() throws IOException {
        HostileSite site = new HostileSite(Files.createDirectories(dir.resolve("site")));
        Files.createDirectories(dir.resolve("etc"));
        Files.writeString(dir.resolve("etc/passwd"), "root:x:0:0\n");
        return site;
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolderWhateverTheSlugsAndAliasesSay() throws IOException {
        HostileSite site = hostileSite()
                .write("content/posts/legal.md", "---\ntitle: \"Legal\"\ndate: 2025-01-02\n"
                        + "aliases: [\"/etc/passwd\", \"/double//slashes\", \"/%2e%2e/escaped\"]\n---\nx\n");
        Path output = site.root().resolve("public");
        Map<String, String> before = snapshot(dir, output);

        HostileSite.Outcome good = site.build();
        assertThat(good.exitCode()).as(good.cli().err()).isZero();
        assertThat(output.resolve("etc/passwd/index.html")).exists();
        assertThat(snapshot(dir, output)).isEqualTo(before);

        site.fixture("slug-traversal.md").fixture("alias-traversal.md").fixture("alias-scheme.md").fixture("slug-absolute.md");
        HostileSite.Outcome bad = site.build();
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(snapshot(dir, output)).containsAllEntriesOf(before);
        assertThat(Files.readString(dir.resolve("etc/passwd"))).isEqualTo("root:x:0:0\n");
    }

    @Test
    void thePreviousOutputSurvivesAFailedBuildIntact() throws IOException {
        HostileSite site = hostileSite();
        Path output = site.root().resolve("public");
        assertThat(site.build().exitCode()).isZero();
        Map<String, String> published = snapshot(output, null);
        assertThat(published).containsKey("posts/good/index.html");

        site.write("content/posts/good.md", "---\ntitle: \"Good, edited\"\ndate: \"2025-02-30\"\n---\nEdited.\n")
                .fixture("malformed.yaml.md");
        HostileSite.Outcome failed = site.build();

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.cli().err()).contains("nothing was written");
        assertThat(snapshot(output, null)).isEqualTo(published);
    }

    @Test
    void anOutputFolderGivenOutsideTheSiteIsTheOnlyPlaceWrittenTo() throws IOException {
        HostileSite site = hostileSite();
        Path out = dir.resolve("elsewhere");
        Map<String, String> before = snapshot(dir, out);

        Cli cli = Cli.run("build", site.root().toString(), "--output", out.toString());

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(out.resolve("posts/good/index.html")).exists();
        assertThat(snapshot(dir, out)).isEqualTo(before);
    }
}
