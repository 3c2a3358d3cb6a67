package dev.kiln.output;

import static dev.kiln.output.OutputFixture.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterSafetyTest {
    @TempDir
    Path temp;
    OutputFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new OutputFixture(temp);
        fx.build(Map.of("index.html", "home", "posts/a/index.html", "a"));
    }

    @Test
    void aFileTheUserPutIntoTheOutputFolderIsNeverDeleted() throws Exception {
        Files.writeString(fx.out("notes.txt"), "mine");
        Files.writeString(fx.out("posts/a/draft.txt"), "mine too");

        OutputWriter.Result result = fx.build(Map.of());

        assertThat(result.removedPaths()).containsExactly("index.html", "posts/a/index.html");
        assertThat(fx.out("notes.txt")).hasContent("mine");
        assertThat(fx.out("posts/a/draft.txt")).hasContent("mine too");
    }

    @Test
    void aFileTheUserPutAtAnOutputPathIsReportedAndNotOverwritten() throws Exception {
        Files.writeString(fx.out("about.html"), "mine");

        try (OutputWriter.Session session = OutputWriter.begin(fx.open())) {
            OutputConflictException e = catchThrowableOfType(OutputConflictException.class,
                    () -> session.accept(file("about.html", "Kiln's")));

            assertThat(e.path()).isEqualTo("about.html");
            assertThat(e.getMessage()).contains("refusing to overwrite about.html", "Kiln did not write it");
            assertThat(e.hint()).contains("static/");
            assertThatIllegalStateException().isThrownBy(session::commit);
        }
        assertThat(fx.out("about.html")).hasContent("mine");
        fx.build(Map.of());
        assertThat(fx.out("about.html")).hasContent("mine");
    }

    @Test
    void aUsersFileIsFoundInAFolderTheBuildAlreadyWroteInto() throws Exception {
        Files.createDirectories(fx.out("notes"));
        Files.writeString(fx.out("notes/b.html"), "mine");

        try (OutputWriter.Session session = OutputWriter.begin(fx.open())) {
            session.accept(file("notes/a.html", "Kiln's"));
            OutputConflictException e = catchThrowableOfType(OutputConflictException.class,
                    () -> session.accept(file("notes/b.html", "Kiln's")));

            assertThat(e.path()).isEqualTo("notes/b.html");
        }
        assertThat(fx.out("notes/b.html")).hasContent("mine");
    }

    @Test
    void writingThroughALinkThatLeadsOutsideIsRefused() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createSymbolicLink(fx.out("evil"), outside);

        try (OutputWriter.Session session = OutputWriter.begin(fx.open())) {
            assertThatIllegalStateException().isThrownBy(() -> session.accept(file("evil/x.html", "x")))
                    .withMessageContaining("escapes the output folder");
        }
        assertThat(outside.toFile().list()).isEmpty();
    }

    @Test
    void aLinkPutInAFolderTheBuildMadeIsRefusedToo() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));

        try (OutputWriter.Session session = OutputWriter.begin(fx.open())) {
            session.accept(file("fresh/a/index.html", "a"));
            // Folders under fresh/, which this session made, are made without looking first; a
            // link put there meanwhile must still be found.
            Files.createSymbolicLink(fx.out("fresh/evil"), outside);
            assertThatIllegalStateException().isThrownBy(() -> session.accept(file("fresh/evil/x.html", "x")))
                    .withMessageContaining("escapes the output folder");
        }
        assertThat(outside.toFile().list()).isEmpty();
    }

    @Test
    void filesBehindALinkThatNowLeadsOutsideAreNotRemoved() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("index.html"), "elsewhere");
        Files.delete(fx.out("posts/a/index.html"));
        Files.delete(fx.out("posts/a"));
        Files.createSymbolicLink(fx.out("posts/a"), outside);

        assertThat(fx.build(Map.of()).removedPaths()).containsExactly("index.html");
        assertThat(outside.resolve("index.html")).hasContent("elsewhere");
        assertThat(fx.out("posts/a")).isSymbolicLink();
    }

    @Test
    void aLinkTheUserPutAtAKilnPathIsReplacedNotWrittenThrough() throws Exception {
        Path outside = Files.writeString(temp.resolve("outside.html"), "elsewhere");
        Files.delete(fx.out("index.html"));
        Files.createSymbolicLink(fx.out("index.html"), outside);

        fx.build(Map.of("index.html", "home", "posts/a/index.html", "a"));

        assertThat(fx.out("index.html")).isRegularFile().hasContent("home");
        assertThat(outside).hasContent("elsewhere");
    }

    @Test
    void producingAPathTwiceInOneBuildIsABug() throws Exception {
        try (OutputWriter.Session session = OutputWriter.begin(fx.open())) {
            session.accept(file("twice.html", "1"));

            assertThatIllegalStateException().isThrownBy(() -> session.accept(file("twice.html", "2")))
                    .withMessageContaining("twice.html was produced twice");
            assertThatIllegalStateException().isThrownBy(session::commit);
        }
        assertThat(fx.out("twice.html")).doesNotExist();
    }

    @Test
    void kilnsOwnFileNamesCannotBeProduced() throws Exception {
        try (OutputWriter.Session session = OutputWriter.begin(fx.open())) {
            assertThatIllegalArgumentException().isThrownBy(() -> session.accept(file(".kiln-manifest", "x")));
            assertThatIllegalArgumentException().isThrownBy(() -> session.accept(file("a/.kiln-tmp-1-x", "x")));
        }
        assertThat(fx.manifest()).startsWith("kiln-manifest 2\n").contains("index.html");
    }

    @Test
    void aSessionCannotBeUsedAfterItIsCommitted() throws Exception {
        OutputWriter.Session session = OutputWriter.begin(fx.open());
        session.commit();

        assertThatIllegalStateException().isThrownBy(() -> session.accept(file("late.html", "x")));
        assertThatIllegalStateException().isThrownBy(session::commit);
        session.close();
    }

    @Test
    void noTemporaryFileIsLeftAfterABuild() throws Exception {
        fx.build(Map.of("index.html", "changed", "posts/b/index.html", "b"));

        assertThat(fx.tree()).containsExactly(".kiln-manifest", "index.html", "posts", "posts/b",
                "posts/b/index.html");
    }

    @Test
    void aFolderRemovedWhileTheBuildWritesIsAnIoErrorNamingIt() throws Exception {
        try (OutputWriter.Session session = OutputWriter.begin(fx.open())) {
            session.accept(file("notes/one/index.html", "one"));
            // Someone deletes the output's folders meanwhile (rm -rf public/notes while a build runs).
            try (var walk = Files.walk(fx.out("notes"))) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }

            java.io.UncheckedIOException e = catchThrowableOfType(java.io.UncheckedIOException.class,
                    () -> session.accept(file("notes/two/index.html", "two")));

            assertThat(e.getMessage()).contains("cannot write", "notes/two");
            assertThat(e.getCause().getMessage()).contains("its parent folder was removed while Kiln was writing");
        }
    }
}
