package dev.kiln.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile front matter, one fixture of src/test/resources/hostile/ per test: each gives one exact error. */
@Timeout(30)
class HostileDataTest {
    @TempDir
    Path dir;

    private HostileSite site;

    @BeforeEach
    void site() {
        site = new HostileSite(dir);
    }

    private void assertOnlyError(String fixture, String expected) {
        HostileSite.Outcome o = site.fixture(fixture).build();
        assertThat(o.exitCode()).isEqualTo(1);
        assertThat(o.diagnostics()).containsExactly(expected);
        assertThat(dir.resolve("public")).doesNotExist();
    }

    @Test
    void malformedYamlIsASyntaxErrorAtTheOpenQuote() {
        assertOnlyError("malformed.yaml.md", "data.syntax content/posts/malformed.yaml.md:2:8");
    }

    @Test
    void malformedTomlNamesTheUnclosedArray() {
        assertOnlyError("malformed.toml.md", "data.syntax content/posts/malformed.toml.md:5:1");
    }

    @Test
    void malformedJsonPointsAtTheExtraComma() {
        assertOnlyError("malformed.json.md", "data.syntax content/posts/malformed.json.md:3:24");
    }

    @Test
    void aTabIndentingYamlIsAnErrorAtTheTab() {
        assertOnlyError("tabs.yaml.md", "data.syntax content/posts/tabs.yaml.md:5:1");
    }

    @Test
    void aDuplicateYamlKeyIsAnErrorAtTheSecondKey() {
        assertOnlyError("duplicate-key.yaml.md", "data.duplicate-key content/posts/duplicate-key.yaml.md:4:1");
    }

    @Test
    void aDuplicateTomlKeyIsAnErrorAtTheSecondKey() {
        assertOnlyError("duplicate-key.toml.md", "data.duplicate-key content/posts/duplicate-key.toml.md:4:1");
    }

    @Test
    void aDuplicateJsonKeyIsAnErrorAtTheSecondKey() {
        assertOnlyError("duplicate-key.json.md", "data.duplicate-key content/posts/duplicate-key.json.md:4:3");
    }

    @Test
    void aBillionLaughsBombStopsAtTheAliasLimit() {
        assertOnlyError("billion-laughs.yaml.md", "data.aliases content/posts/billion-laughs.yaml.md:10:23");
    }

    @Test
    void frontMatterWithoutAClosingFenceIsAnErrorAtTheOpeningFence() {
        assertOnlyError("unclosed.md", "front-matter.unclosed content/posts/unclosed.md:1:1");
    }

    @Test
    void anEmptyFileHasNoFrontMatter() {
        assertOnlyError("empty.md", "front-matter.missing content/posts/empty.md:1:1");
    }

    @Test
    void hugeFrontMatterIsRefusedAtTheBlockLimit() {
        StringBuilder fm = new StringBuilder("---\ntitle: \"Huge\"\ndate: 2025-01-01\n");
        for (int i = 0; i < 20_000; i++) fm.append("key").append(i).append(": \"").append("v".repeat(100)).append("\"\n");
        HostileSite.Outcome o = site.write("content/posts/huge.md", fm.append("---\nBody.\n").toString()).build();
        assertThat(o.diagnostics()).containsExactly("data.too-large content/posts/huge.md:2:1");
    }
}
