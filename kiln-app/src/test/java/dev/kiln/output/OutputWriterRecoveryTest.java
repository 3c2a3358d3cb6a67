package dev.kiln.output;

import static dev.kiln.output.OutputFixture.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds that fail (closed without commit) or are killed (never closed) must leave a folder Kiln can clean. */
class OutputWriterRecoveryTest {
    @TempDir
    Path temp;
    OutputFixture fx;

    @BeforeEach
    void setUp() {
        fx = new OutputFixture(temp);
    }

    @Test
    void anAbortedBuildPublishesNothingAndLeavesTheManifestAsItWas() throws Exception {
        fx.build(Map.of("index.html", "home"));
        byte[] before = Files.readAllBytes(fx.out(".kiln-manifest"));

        try (OutputWriter.Session session = OutputWriter.begin(fx.open())) {
            session.accept(file("index.html", "changed"));
            session.accept(file("new.html", "new"));
        }

        assertThat(Files.readAllBytes(fx.out(".kiln-manifest"))).isEqualTo(before);
        assertThat(fx.out("index.html")).hasContent("home");
        assertThat(fx.tree()).containsExactly(".kiln-manifest", "index.html");
    }

    @Test
    void anAbortedBuildLeavesNothingForTheNextBuildToClean() throws Exception {
        fx.build(Map.of("index.html", "home"));
        try (OutputWriter.Session session = OutputWriter.begin(fx.open())) {
            session.accept(file("posts/new/index.html", "new"));
        }

        OutputWriter.Result result = fx.build(Map.of("index.html", "home"));

        assertThat(result.removedPaths()).isEmpty();
        assertThat(fx.tree()).containsExactly(".kiln-manifest", "index.html");
    }

    @Test
    void aKilledBuildsStagedFilesAreSweptByTheNextBuild() throws Exception {
        fx.build(Map.of("index.html", "home"));
        OutputWriter.Session killed = OutputWriter.begin(fx.open());
        killed.accept(file("new.html", "new"));

        OutputWriter.Result result = fx.build(Map.of("index.html", "home"));
        killed.close();

        assertThat(result.removedPaths()).isEmpty();
        assertThat(fx.tree()).containsExactly(".kiln-manifest", "index.html");
    }

    @Test
    void aFolderWhoseFirstBuildWasKilledIsStillKilnsAndGetsCleaned() throws Exception {
        OutputWriter.Session killed = OutputWriter.begin(fx.open());
        killed.accept(file("a/index.html", "a"));

        assertThat(fx.build(Map.of()).removedPaths()).isEmpty();
        killed.close();
        assertThat(fx.tree()).containsExactly(".kiln-manifest");
    }

    @Test
    void aFileAnAbortedBuildWouldHaveChangedKeepsItsBytesAndItsTime() throws Exception {
        fx.build(Map.of("index.html", "AAAA"));
        try (OutputWriter.Session session = OutputWriter.begin(fx.open())) {
            session.accept(file("index.html", "BBBB"));
        }

        OutputWriter.Result result = fx.build(Map.of("index.html", "AAAA"));

        assertThat(result.writtenPaths()).isEmpty();
        assertThat(fx.out("index.html")).hasContent("AAAA");
    }

    @Test
    void leftoverTemporaryFilesOfAKilledBuildAreCleanedUpAndOthersKept() throws Exception {
        fx.build(Map.of("index.html", "home", "posts/a/index.html", "a"));
        OutputWriter.Session killed = OutputWriter.begin(fx.open());
        killed.accept(file("posts/b/index.html", "half"));
        Files.writeString(fx.out("posts/a/.kiln-tmp-0badf00d-7-index.html"), "ha");
        Files.writeString(fx.out(".kiln-tmp-0badf00d-8-.kiln-manifest"), "kiln-man");
        Files.writeString(fx.out(".kiln-tmp-notes.txt"), "a user's file that merely looks similar");

        fx.build(Map.of("index.html", "home", "posts/a/index.html", "a"));
        killed.close();

        assertThat(fx.tree()).containsExactly(".kiln-manifest", ".kiln-tmp-notes.txt", "index.html", "posts",
                "posts/a", "posts/a/index.html");
    }

    @Test
    void aJournalLineCutOffMidAppendNeverClaimsAUsersFile() throws Exception {
        fx.build(Map.of("index.html", "home"));
        Files.writeString(fx.out("notes"), "the user's");
        Files.writeString(fx.out("notesz.html"), "the user's too");
        OutputWriter.Session killed = OutputWriter.begin(fx.open());
        killed.accept(file("y.html", "y"));
        // Killed mid-append: the session never closes, its journal ends in a cut-off line.
        Files.writeString(fx.out(Journal.FILE_NAME), "notes", StandardOpenOption.APPEND);
        OutputWriter.Session killedAgain = OutputWriter.begin(fx.open());
        killedAgain.accept(file("z.html", "z"));
        killedAgain.close();

        assertThat(fx.build(Map.of()).removedPaths()).containsExactly("index.html");
        killed.close();
        assertThat(fx.tree()).containsExactly(".kiln-manifest", "notes", "notesz.html");
    }
}
