package dev.kiln.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Slugs, aliases and file names that try to leave the site, links out of it, and names that collide. */
@Timeout(30)
class HostilePathsTest {
    @TempDir
    Path dir;

    private HostileSite site;

    @BeforeEach
    void site() throws Exception {
        site = new HostileSite(Files.createDirectories(dir.resolve("site")));
    }

    private void assertOnlyError(String fixture, String expected) {
        HostileSite.Outcome o = site.fixture(fixture).build();
        assertThat(o.exitCode()).isEqualTo(1);
        assertThat(o.diagnostics()).containsExactly(expected);
    }

    @Test
    void aSlugThatClimbsOutOfTheSiteIsRefused() {
        assertOnlyError("slug-traversal.md", "front-matter.slug content/posts/slug-traversal.md:4:7");
    }

    @Test
    void anAbsolutePathAsSlugIsRefused() {
        assertOnlyError("slug-absolute.md", "front-matter.slug content/posts/slug-absolute.md:4:7");
    }

    @Test
    void aUrlSchemeAsSlugIsRefused() {
        assertOnlyError("slug-scheme.md", "front-matter.slug content/posts/slug-scheme.md:4:7");
    }

    @Test
    void anAliasThatClimbsOutOfTheSiteIsRefused() {
        assertOnlyError("alias-traversal.md", "front-matter.alias content/posts/alias-traversal.md:4:10");
    }

    @Test
    void anAliasWithAUrlSchemeIsRefused() {
        assertOnlyError("alias-scheme.md", "front-matter.alias content/posts/alias-scheme.md:4:10");
    }

    @Test
    void aSymbolicLinkToAFileOutsideTheSiteIsRefusedAndNotRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.md"), "---\ntitle: \"SECRET\"\ndate: 2025-01-01\n---\nx\n");
        Files.createSymbolicLink(site.root().resolve("content/posts/secret.md"), secret);
        HostileSite.Outcome o = site.build();
        assertThat(o.diagnostics()).containsExactly("source.link-outside content/posts/secret.md:1:1");
        assertThat(o.cli().err()).doesNotContain("SECRET");
    }

    @Test
    void aSymbolicLinkToAFolderOutsideTheSiteIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(site.root().resolve("content/posts/elsewhere"), dir.resolve("elsewhere"));
        assertThat(site.build().diagnostics()).containsExactly("source.link-outside content/posts/elsewhere:1:1");
    }

    @Test
    void aSymbolicLinkLoopIsAnErrorNotAHang() throws Exception {
        Path loop = Files.createDirectories(site.root().resolve("content/posts/loop"));
        Files.createSymbolicLink(loop.resolve("again"), Path.of(".."));
        assertThat(site.build().diagnostics()).containsExactly("source.unreadable content/posts/loop/again:1:1");
    }

    @Test
    void anUnreadableFileIsAnErrorNamingIt() throws Exception {
        Path file = site.root().resolve("content/posts/locked.md");
        site.write("content/posts/locked.md", "---\ntitle: \"Locked\"\ndate: 2025-01-01\n---\nx\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root (or on a file system without permissions):"
                + " chmod 000 does not make a file unreadable here, so this case cannot be set up");
        assertThat(site.build().diagnostics()).containsExactly("source.unreadable content/posts/locked.md:1:1");
    }

    @Test
    void namesWithSpacesAndUnicodeBuildToCleanSlugs() {
        site.write("content/posts/my first post.md", "---\ntitle: \"Spaces\"\ndate: 2025-01-02\n---\nx\n");
        site.write("content/posts/Ünïcödé 日本.md", "---\ntitle: \"Unicode\"\ndate: 2025-01-03\n---\nx\n");
        HostileSite.Outcome o = site.build();
        assertThat(o.exitCode()).isZero();
        assertThat(site.root().resolve("public/posts/my-first-post/index.html")).exists();
        assertThat(site.root().resolve("public/posts/unicode-日本/index.html")).exists();
    }

    @Test
    void twoNamesThatDifferOnlyInUnicodeNormalisationAreADuplicateUrl() {
        String nfc = Normalizer.normalize("café", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("café", Normalizer.Form.NFD);
        site.write("content/posts/" + nfc + ".md", "---\ntitle: \"One\"\ndate: 2025-01-02\n---\nx\n");
        site.write("content/posts/" + nfd + ".md", "---\ntitle: \"Two\"\ndate: 2025-01-03\n---\nx\n");
        HostileSite.Outcome o = site.build();
        assertThat(o.exitCode()).isEqualTo(1);
        assertThat(o.diagnostics()).containsExactly("site.duplicate-url content/posts/" + nfc + ".md:1:1");
        assertThat(o.cli().err()).contains("differ only in how their accents are encoded");
    }

    @Test
    void twoUrlsThatDifferOnlyInCaseAreACollision() {
        site.write("content/posts/a.md", "---\ntitle: \"A\"\ndate: 2025-01-02\naliases: [/Old/Path/]\n---\nx\n");
        site.write("content/posts/b.md", "---\ntitle: \"B\"\ndate: 2025-01-03\naliases: [/old/path/]\n---\nx\n");
        // Posts claim URLs newest first, so the older one is blamed.
        assertThat(site.build().diagnostics()).containsExactly("site.case-collision content/posts/a.md:1:1");
    }
}
