package dev.kiln.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirTest {
    @TempDir
    Path site;

    private OutputDir open(Path folder) throws OutputRefusedException {
        return OutputDir.open(folder, site,
                List.of(site.resolve("content"), site.resolve("static"), site.resolve("templates")));
    }

    private OutputRefusedException refusal(Path folder) {
        return catchThrowableOfType(OutputRefusedException.class, () -> open(folder));
    }

    @Test
    void createsAMissingOutputFolder() throws Exception {
        OutputDir dir = open(site.resolve("public/blog"));

        assertThat(dir.root()).isDirectory().isEqualTo(site.toRealPath().resolve("public/blog"));
    }

    @Test
    void acceptsAnEmptyFolderThatAlreadyExists() throws Exception {
        Files.createDirectories(site.resolve("public"));

        assertThat(open(site.resolve("public")).root()).isEqualTo(site.toRealPath().resolve("public"));
    }

    @Test
    void acceptsAFolderKilnBuiltBefore() throws Exception {
        try (OutputWriter.Session session = OutputWriter.begin(open(site.resolve("public")))) {
            session.accept(new OutputFile("index.html", new byte[] {1}));
            session.commit();
        }

        assertThat(open(site.resolve("public")).resolve("index.html")).exists();
    }

    @Test
    void refusesTheSiteRootWithAMessageAndAHint() {
        OutputRefusedException e = refusal(site);

        assertThat(e.message()).isEqualTo("refusing to use " + realSite() + " as output: it is the site root");
        assertThat(e.hint()).contains("kiln.yaml", "--output", "public");
    }

    @Test
    void refusesTheSiteRootSpelledWithDotDotOrThroughALink() throws IOException {
        assertThat(refusal(site.resolve("public/..")).message()).endsWith("it is the site root");
        Path link = Files.createSymbolicLink(site.getParent().resolve(site.getFileName() + "-link"), site);
        try {
            assertThat(refusal(link).message()).endsWith("it is the site root");
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void refusesTheContentFolderEvenBeforeItExists() {
        assertThat(refusal(site.resolve("content")).message()).endsWith("it is the source folder content/");
        assertThat(refusal(site.resolve("templates")).message()).endsWith("it is the source folder templates/");
    }

    @Test
    void refusesAFolderInsideTheContentFolderWithoutCreatingIt() {
        assertThat(refusal(site.resolve("content/public")).message())
                .endsWith("it is inside the source folder content/");
        assertThat(site.resolve("content/public")).doesNotExist();
    }

    @Test
    void refusesAnAncestorOfTheSiteRoot() {
        assertThat(refusal(site.getParent()).message()).contains("it contains the site root");
    }

    @Test
    void refusesAnAncestorOfAProtectedFolder() {
        OutputRefusedException e = catchThrowableOfType(OutputRefusedException.class, () -> OutputDir.open(
                site.resolve("themes"), site, List.of(site.resolve("themes/plain/templates"))));

        assertThat(e.message()).endsWith("it contains the source folder themes/plain/templates/");
    }

    @Test
    void refusesANonEmptyFolderKilnDidNotCreateAndLeavesItAlone() throws IOException {
        Path docs = Files.createDirectories(site.resolve("docs"));
        Files.writeString(docs.resolve("thesis.tex"), "precious");

        OutputRefusedException e = refusal(docs);

        assertThat(e.message()).contains("it is not empty and Kiln did not create it");
        assertThat(e.hint()).contains("new or empty folder");
        assertThat(docs.resolve("thesis.tex")).hasContent("precious");
        assertThat(docs.toFile().list()).containsExactly("thesis.tex");
    }

    @Test
    void refusesARegularFile() throws IOException {
        Files.writeString(site.resolve("public"), "not a folder");

        assertThat(refusal(site.resolve("public")).message()).endsWith("it is a file, not a folder");
    }

    @Test
    void refusesAFolderWithADamagedManifestOrOneFromANewerKiln() throws IOException {
        Path out = Files.createDirectories(site.resolve("public"));
        Files.writeString(out.resolve("index.html"), "hi");
        Files.writeString(out.resolve(".kiln-manifest"), "kiln-manifest 3\n");
        assertThat(refusal(out).message()).contains("its Kiln manifest cannot be read");

        Files.writeString(out.resolve(".kiln-manifest"), "kiln-manifest 1\nnot a line\n");
        assertThat(refusal(out).hint()).contains("delete it and build again");
    }

    @Test
    void resolvesPathsInsideTheFolder() throws Exception {
        OutputDir dir = open(site.resolve("public"));

        assertThat(dir.resolve("posts/a/index.html")).isEqualTo(dir.root().resolve("posts/a/index.html"));
        assertThat(dir.resolve("posts/../b.html")).isEqualTo(dir.root().resolve("b.html"));
    }

    @Test
    void refusesToResolvePathsThatEscape() throws Exception {
        OutputDir dir = open(site.resolve("public"));

        for (String escaping : List.of("../x.html", "posts/../../x.html", "/etc/passwd", site.toString(), "", ".")) {
            assertThatIllegalStateException().as(escaping).isThrownBy(() -> dir.resolve(escaping));
        }
    }

    @Test
    void refusesToResolveThroughALinkThatLeadsOutside() throws Exception {
        OutputDir dir = open(site.resolve("public"));
        Path outside = Files.createDirectories(site.resolve("elsewhere"));
        Files.createSymbolicLink(dir.root().resolve("evil"), outside);

        assertThatIllegalStateException().isThrownBy(() -> dir.resolve("evil/x.html"))
                .withMessageContaining("escapes the output folder");
        assertThatIllegalStateException().isThrownBy(() -> dir.resolve("evil/deeper/x.html"));
    }

    @Test
    void allowsALinkThatStaysInside() throws Exception {
        OutputDir dir = open(site.resolve("public"));
        Files.createDirectories(dir.root().resolve("real"));
        Files.createSymbolicLink(dir.root().resolve("alias"), dir.root().resolve("real"));

        assertThat(dir.resolve("alias/x.html")).isEqualTo(dir.root().resolve("alias/x.html"));
    }

    private Path realSite() {
        try {
            return site.toRealPath();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
