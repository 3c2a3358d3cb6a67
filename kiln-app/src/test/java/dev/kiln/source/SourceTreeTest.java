package dev.kiln.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeTest {
    @TempDir
    Path site;

    private void write(String path, String text) throws Exception {
        Path p = site.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private List<String> list(String folder, boolean withHidden, Diagnostics d) throws Exception {
        return SourceTree.list(site, folder, withHidden, d).stream().map(SourcePath::value).toList();
    }

    @Test
    void listsFilesSortedSkippingHiddenOnesAndEditorDroppings() throws Exception {
        write("content/b.md", "b");
        write("content/a/z.md", "z");
        write("content/.draft/x.md", "x");
        write("content/.notes.md", "n");
        write("content/a/z.md~", "backup");
        write("content/a/.z.md.swp", "swap");
        Diagnostics d = new Diagnostics();

        assertThat(list("content", false, d)).containsExactly("content/a/z.md", "content/b.md");
        assertThat(list("content", true, d)).containsExactly("content/.draft/x.md", "content/.notes.md",
                "content/a/z.md", "content/b.md");
        assertThat(d.isEmpty()).isTrue();
    }

    @Test
    void aLinkInsideTheSiteIsFollowedAndReportsTheAttributesOfWhatItLeadsTo() throws Exception {
        write("shared/long.md", "a longer text than the link's own target path");
        write("content/plain.md", "p");
        Files.createDirectories(site.resolve("content/posts"));
        Files.createSymbolicLink(site.resolve("content/posts/linked.md"), site.resolve("shared/long.md"));
        Map<String, Long> sizes = new TreeMap<>();
        Diagnostics d = new Diagnostics();

        SourceTree.visit(site, "content", false, d, (p, a) -> sizes.put(p.value(), a.size()));

        assertThat(sizes).containsExactly(Map.entry("content/plain.md", 1L),
                Map.entry("content/posts/linked.md", Files.size(site.resolve("shared/long.md"))));
        assertThat(d.isEmpty()).isTrue();
    }

    @Test
    void aLinkLeadingOutIsReportedOnceAndNotListed(@TempDir Path elsewhere) throws Exception {
        write("content/a.md", "a");
        Files.writeString(elsewhere.resolve("secret.md"), "secret");
        Files.createSymbolicLink(site.resolve("content/secret.md"), elsewhere.resolve("secret.md"));
        Diagnostics d = new Diagnostics();

        assertThat(list("content", false, d)).containsExactly("content/a.md");
        assertThat(d.toList()).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("source.link-outside");
            assertThat(x.location().file().value()).isEqualTo("content/secret.md");
        });
    }

    @Test
    void aTreeWithoutLinksReportsEachFilesOwnAttributes() throws Exception {
        write("static/img/a.png", "1234567");
        Map<String, BasicFileAttributes> attrs = new TreeMap<>();

        SourceTree.visit(site, "static", true, new Diagnostics(), (p, a) -> attrs.put(p.value(), a));

        assertThat(attrs).containsOnlyKeys("static/img/a.png");
        BasicFileAttributes a = attrs.get("static/img/a.png");
        assertThat(a.size()).isEqualTo(7);
        assertThat(a.lastModifiedTime()).isEqualTo(Files.getLastModifiedTime(site.resolve("static/img/a.png")));
    }

    @Test
    void aMissingFolderListsNothing() throws Exception {
        assertThat(list("templates", false, new Diagnostics())).isEmpty();
    }
}
