package dev.kiln.output;

import static dev.kiln.output.OutputFixture.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
    private static final String HASH_OF_A = "e8b7be43c1d04330";

    @TempDir
    Path temp;
    OutputFixture fx;

    @BeforeEach
    void setUp() {
        fx = new OutputFixture(temp);
    }

    @Test
    void firstBuildWritesEveryFileAndAManifestSortedByPath() throws Exception {
        OutputWriter.Result result = fx.build(Map.of("posts/b/index.html", "bb", "index.html", "a"));

        assertThat(fx.out("index.html")).hasContent("a");
        assertThat(fx.out("posts/b/index.html")).hasContent("bb");
        assertThat(result.writtenPaths()).containsExactly("index.html", "posts/b/index.html");
        assertThat(result.written()).isEqualTo(2);
        assertThat(fx.manifest()).isEqualTo("kiln-manifest 2\n"
                + HASH_OF_A + " 1 index.html\n"
                + new OutputFile("x", "bb".getBytes()).hash() + " 2 posts/b/index.html\n");
        assertThat(fx.tree()).containsExactly(".kiln-manifest", "index.html", "posts", "posts/b", "posts/b/index.html");
    }

    @Test
    void unchangedBytesAreNotRewrittenSoTheirMtimeStays() throws Exception {
        fx.build(Map.of("index.html", "a", "feed.xml", "<feed/>"));
        Files.setLastModifiedTime(fx.out("index.html"), LONG_AGO);
        Files.setLastModifiedTime(fx.out("feed.xml"), LONG_AGO);
        Files.setLastModifiedTime(fx.out(".kiln-manifest"), LONG_AGO);

        try (OutputWriter.Session session = OutputWriter.begin(fx.open())) {
            assertThat(session.accept(file("index.html", "a"))).isEqualTo(OutputWriter.Outcome.UNCHANGED);
            assertThat(session.accept(file("feed.xml", "<feed/>"))).isEqualTo(OutputWriter.Outcome.UNCHANGED);
            OutputWriter.Result result = session.commit();
            assertThat(result.unchanged()).isEqualTo(2);
            assertThat(result.written()).isZero();
        }

        assertThat(Files.getLastModifiedTime(fx.out("index.html"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(fx.out("feed.xml"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(fx.out(".kiln-manifest"))).isEqualTo(LONG_AGO);
    }

    @Test
    void aManifestOfTheFirstFormatIsUpgradedFilesRewrittenOnceAndStaleOnesStillRemoved() throws Exception {
        fx.build(Map.of("index.html", "a", "old.html", "gone soon"));
        // What Kiln 0.1 wrote: SHA-256 hashes under version 1.
        Files.writeString(fx.out(".kiln-manifest"), "kiln-manifest 1\n"
                + "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb 1 index.html\n"
                + "0000000000000000000000000000000000000000000000000000000000000000 9 old.html\n");

        OutputWriter.Result result = fx.build(Map.of("index.html", "a"));

        assertThat(result.writtenPaths()).containsExactly("index.html");
        assertThat(fx.tree()).containsExactly(".kiln-manifest", "index.html");
        assertThat(fx.manifest()).isEqualTo("kiln-manifest 2\n" + HASH_OF_A + " 1 index.html\n");
    }

    @Test
    void changedBytesAreRewrittenEvenWhenTheSizeIsTheSame() throws Exception {
        fx.build(Map.of("index.html", "old", "about.html", "same"));
        Files.setLastModifiedTime(fx.out("index.html"), LONG_AGO);

        OutputWriter.Result result = fx.build(Map.of("index.html", "new", "about.html", "same"));

        assertThat(fx.out("index.html")).hasContent("new");
        assertThat(Files.getLastModifiedTime(fx.out("index.html"))).isNotEqualTo(LONG_AGO);
        assertThat(result.writtenPaths()).containsExactly("index.html");
        assertThat(fx.manifest()).contains(new OutputFile("x", "new".getBytes()).hash() + " 3 index.html");
    }

    @Test
    void aFileTheUserDeletedFromTheOutputIsWrittenAgain() throws Exception {
        fx.build(Map.of("index.html", "a"));
        Files.delete(fx.out("index.html"));

        assertThat(fx.build(Map.of("index.html", "a")).writtenPaths()).containsExactly("index.html");
        assertThat(fx.out("index.html")).hasContent("a");
    }

    @Test
    void anOutputNoLongerProducedIsRemovedWithTheFoldersItLeavesEmpty() throws Exception {
        fx.build(Map.of("index.html", "a", "posts/2024/old/index.html", "old", "posts/new/index.html", "new"));

        OutputWriter.Result result = fx.build(Map.of("index.html", "a", "posts/new/index.html", "new"));

        assertThat(result.removedPaths()).containsExactly("posts/2024/old/index.html");
        assertThat(result.removed()).isEqualTo(1);
        assertThat(fx.tree()).containsExactly(".kiln-manifest", "index.html", "posts", "posts/new",
                "posts/new/index.html");
        assertThat(fx.manifest()).doesNotContain("old");
    }

    @Test
    void producingNothingRemovesEverythingKilnWroteButKeepsTheFolder() throws Exception {
        fx.build(Map.of("a/b/c.html", "c", "d.html", "d"));

        assertThat(fx.build(Map.of()).removedPaths()).containsExactly("a/b/c.html", "d.html");
        assertThat(fx.tree()).containsExactly(".kiln-manifest");
        assertThat(fx.manifest()).isEqualTo("kiln-manifest 2\n");
    }

    @Test
    void theManifestIsByteIdenticalForTheSameFilesWhateverTheOrder() throws Exception {
        List<OutputFile> files = List.of(file("z.html", "z"), file("a/é.html", "e"), file("a/b.html", "b"),
                file("a b.html", "space"), file("A.html", "upper"));
        byte[] first = writeAll(temp.resolve("one"), files);
        List<OutputFile> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        byte[] second = writeAll(temp.resolve("two"), reversed);

        assertThat(second).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8).lines().skip(1)
                .map(line -> line.split(" ", 3)[2]))
                .containsExactly("A.html", "a b.html", "a/b.html", "a/é.html", "z.html");
    }

    private byte[] writeAll(Path site, List<OutputFile> files) throws Exception {
        OutputFixture other = new OutputFixture(site);
        try (OutputWriter.Session session = OutputWriter.begin(other.open())) {
            files.forEach(session::accept);
            session.commit();
        }
        return Files.readAllBytes(other.out(".kiln-manifest"));
    }
}
