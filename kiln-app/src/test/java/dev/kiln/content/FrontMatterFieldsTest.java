package dev.kiln.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterFieldsTest {

    private static Parsed post(String yamlLines) {
        return Parsed.post("---\ntitle: Sample\ndate: 2024-11-18\n" + yamlLines + "---\nBody\n");
    }

    @Test
    void readsEveryKnownKey() {
        Parsed p = post("""
                author: Ada
                categories: [Cloud, Java]
                tags: one
                excerpt: Short
                draft: true
                slug: my-post
                updated: 2024-11-20
                canonical_url: https://example.com/p/
                aliases: /old/
                image: cover.png
                """);
        FrontMatter fm = p.fm();
        assertThat(p.problems()).isEmpty();
        assertThat(fm.title()).isEqualTo("Sample");
        assertThat(fm.authors()).containsExactly("Ada");
        assertThat(fm.categories()).containsExactly("Cloud", "Java");
        assertThat(fm.tags()).containsExactly("one");
        assertThat(fm.excerpt()).contains("Short");
        assertThat(fm.draft()).isTrue();
        assertThat(fm.slug()).contains("my-post");
        assertThat(fm.updated()).isPresent();
        assertThat(fm.canonicalUrl()).contains("https://example.com/p/");
        assertThat(fm.aliases()).containsExactly("/old/");
        assertThat(fm.image()).contains("cover.png");
        assertThat(fm.params()).isEmpty();
        assertThat(fm.keyLocations().keySet()).containsExactly("title", "date", "authors", "categories", "tags",
                "excerpt", "draft", "slug", "updated", "canonical_url", "aliases", "image");
        assertThat(fm.keyLocations().get("slug").toString()).isEqualTo("content/posts/sample.md:9:7");
        assertThat(fm.keyLocations().get("aliases").toString()).isEqualTo("content/posts/sample.md:12:10");
    }

    @Test
    void trimsDropsEmptiesAndRemovesRepeatsFromTermLists() {
        Parsed p = post("tags: [\" go \", go, \"\", Java, 2024]\ntag: java\ncategory: A\ncategories: [B, A]\n");
        assertThat(p.fm().tags()).containsExactly("go", "Java", "2024", "java");
        assertThat(p.fm().categories()).containsExactly("A", "B");
    }

    @Test
    void treatsAnEmptyListKeyAsNoValues() {
        Parsed p = post("tags:\nauthors: []\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.fm().tags()).isEmpty();
        assertThat(p.fm().authors()).isEmpty();
    }

    @Test
    void takesTheFirstOfExcerptSummaryAndDescription() {
        assertThat(post("description: D\nsummary: S\n").fm().excerpt()).contains("S");
        assertThat(post("description: D\n").fm().excerpt()).contains("D");
        assertThat(post("summary: S\nexcerpt: E\n").fm().excerpt()).contains("E");
    }

    @Test
    void acceptsDraftAsTextTrueOrFalse() {
        assertThat(post("draft: \"true\"\n").fm().draft()).isTrue();
        assertThat(post("draft: \"false\"\n").fm().draft()).isFalse();
        assertThat(post("").fm().draft()).isFalse();
        Parsed bad = post("draft: maybe\n");
        assertThat(bad.problems()).containsExactly("front-matter.type@4:8");
        assertThat(bad.only().message()).isEqualTo("draft must be true or false, not \"maybe\"");
    }

    @Test
    void rejectsACanonicalUrlThatIsNotAbsoluteHttp() {
        assertThat(post("canonical_url: /posts/x/\n").problems()).containsExactly("front-matter.canonical-url@4:16");
        assertThat(post("canonical_url: ftp://example.com/x\n").problems()).containsExactly("front-matter.canonical-url@4:16");
        assertThat(post("canonical_url: \"http://exa mple.com\"\n").problems()).containsExactly("front-matter.canonical-url@4:16");
        assertThat(post("canonical_url: HTTP://Example.com/x\n").problems()).isEmpty();
    }

    @Test
    void rejectsATitleThatIsAListOrMap() {
        Parsed p = Parsed.post("---\ntitle: [a, b]\ndate: 2024-11-18\n---\n");
        assertThat(p.document).isEmpty();
        assertThat(p.problems()).containsExactly("front-matter.title@2:8");
        assertThat(p.only().message()).isEqualTo("title must be text, not a list");
        assertThat(Parsed.post("---\ntitle:\n  a: b\ndate: 2024-11-18\n---\n").problems()).containsExactly("front-matter.title@3:3");
    }

    @Test
    void takesANumericTitleAsWritten() {
        assertThat(Parsed.post("---\ntitle: 2024.10\ndate: 2024-11-18\n---\n").fm().title()).isEqualTo("2024.10");
    }

    @Test
    void requiresATitle() {
        assertThat(Parsed.page("---\nslug: x\n---\n").problems()).containsExactly("front-matter.title-missing@1:1");
        assertThat(Parsed.page("---\ntitle:\n---\n").problems()).containsExactly("front-matter.title-missing@1:1");
        assertThat(Parsed.page("---\ntitle: \"  \"\n---\n").problems()).containsExactly("front-matter.title@2:8");
    }

    @Test
    void reportsEveryErrorOfTheFileTogether() {
        Parsed p = Parsed.post("---\ntitle: [a]\ndate: 2024-11-31\ntags: {a: 1}\nslug: [x]\n---\n");
        assertThat(p.document).isEmpty();
        assertThat(p.problems()).containsExactly("front-matter.title@2:8", "front-matter.date@3:7",
                "front-matter.type@4:7", "front-matter.type@5:7");
    }

    @Test
    void rejectsAListInsideATermList() {
        assertThat(post("tags: [a, [b]]\n").problems()).containsExactly("front-matter.type@4:11");
    }

    @Test
    void keepsUnknownKeysAsParamsInFileOrder() {
        Parsed p = post("zeta: 1\nseries:\n  name: Intro\n  parts: [1, 2.5, true, null]\nalpha: 2024-11-18\n");
        Map<String, Object> params = p.fm().params();
        assertThat(params.keySet()).containsExactly("zeta", "series", "alpha");
        assertThat(params.get("zeta")).isEqualTo(1L);
        assertThat(params.get("alpha")).isEqualTo("2024-11-18");
        @SuppressWarnings("unchecked")
        Map<String, Object> series = (Map<String, Object>) params.get("series");
        @SuppressWarnings("unchecked")
        List<Object> parts = (List<Object>) series.get("parts");
        assertThat(series.get("name")).isEqualTo("Intro");
        assertThat(parts).containsExactly(1L, 2.5, true, null);
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void keepsTomlTypedValuesInParams() {
        Parsed p = Parsed.post("+++\ntitle = \"T\"\ndate = 2024-11-18\n[params]\nday = 2024-01-02\n+++\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = (Map<String, Object>) p.fm().params().get("params");
        assertThat(nested.get("day")).isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void warnsAboutAnUnknownKeyThatLooksLikeAKnownOne() {
        Parsed p = post("categroy: Java\nlayout: wide\n");
        assertThat(p.document).isPresent();
        assertThat(p.problems()).containsExactly("front-matter.unknown-key@4:1");
        assertThat(p.only().message()).isEqualTo("unknown key \"categroy\"");
        assertThat(p.only().hint()).isEqualTo("did you mean \"category\"?");
        assertThat(p.only().isError()).isFalse();
        assertThat(p.fm().params()).containsKeys("categroy", "layout");
    }

    @Test
    void rejectsFrontMatterThatIsNotAMap() {
        assertThat(Parsed.post("---\n- a\n- b\n---\n").problems()).containsExactly("front-matter.not-a-map@2:1");
    }

    @Test
    void reportsYamlSyntaxErrorsInFileLines() {
        Parsed p = Parsed.post("---\ntitle: Hello\ndate: 2024-11-18\nexcerpt: \"unterminated\n---\nBody\n");
        assertThat(p.problems()).containsExactly("data.syntax@4:10");
    }

    @Test
    void reportsTabsAndDuplicateKeysInFileLines() {
        assertThat(Parsed.post("---\ntitle: A\ndate: 2024-11-18\ntags:\n\t- x\n---\n").problems())
                .containsExactly("data.syntax@5:1");
        assertThat(Parsed.post("---\ntitle: A\ndate: 2024-11-18\ntitle: B\n---\n").problems())
                .containsExactly("data.duplicate-key@4:1");
    }
}
