package dev.kiln.data;

import static dev.kiln.data.DataFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlDataTest {

    @Test
    void readsScalarsWithTheCoreSchema() {
        DataFixture f = DataFixture.yaml("""
                title: Hello
                count: 12
                ratio: 1.5
                answer: yes
                flag: true
                day: 2024-11-18
                nothing: ~
                hex: 0x10
                quoted: "12"
                """);
        assertThat(f.problems()).isEmpty();
        assertThat(f.scalar("title").value()).isEqualTo("Hello");
        assertThat(f.scalar("count").value()).isEqualTo(12L);
        assertThat(f.scalar("ratio").value()).isEqualTo(1.5);
        assertThat(f.scalar("answer").value()).isEqualTo("yes");
        assertThat(f.scalar("flag").value()).isEqualTo(Boolean.TRUE);
        assertThat(f.scalar("day").value()).isEqualTo("2024-11-18");
        assertThat(f.scalar("nothing").value()).isNull();
        assertThat(f.scalar("hex").value()).isEqualTo(16L);
        assertThat(f.scalar("quoted").value()).isEqualTo("12");
        assertThat(f.scalar("quoted").quoted()).isTrue();
        assertThat(f.scalar("count").quoted()).isFalse();
    }

    @Test
    void keepsRawTextOfEachScalar() {
        DataFixture f = DataFixture.yaml("n: +012\nbig: 99999999999999999999\n");
        assertThat(f.scalar("n").raw()).isEqualTo("+012");
        assertThat(f.scalar("n").value()).isEqualTo(12L);
        assertThat(f.scalar("big").value()).isEqualTo("99999999999999999999");
    }

    @Test
    void locatesEveryNodeInFileCoordinates() {
        DataFixture f = DataFixture.yaml("title: \"Ünïcödé 😀\"\ntags:\n  - one\n  - two\nafter: 😀x\n");
        DataEntry title = f.map().get("title").orElseThrow();
        assertThat(title.keyLocation().line()).isEqualTo(2);
        assertThat(title.keyLocation().column()).isEqualTo(1);
        assertThat(title.keyLocation().length()).isEqualTo(5);
        assertThat(where(title.value())).isEqualTo("2:8");
        assertThat(title.value().location().length()).isEqualTo(11);
        DataList tags = (DataList) f.value("tags");
        assertThat(tags.items()).extracting(DataFixture::where).containsExactly("4:5", "5:5");
        assertThat(f.map().entries()).extracting(DataEntry::key).containsExactly("title", "tags", "after");
        assertThat(where(f.value("after"))).isEqualTo("6:8");
    }

    @Test
    void addsTheColumnsBeforeARegionThatStartsInsideALine() {
        DataFixture f = DataFixture.of("ab😀", "x: 1", "\n", DataFormat.YAML);
        assertThat(where(f.value("x"))).isEqualTo("1:7");
        assertThat(f.map().get("x").orElseThrow().keyLocation().column()).isEqualTo(4);
    }

    @Test
    void readsCrlfAndLoneCrLineEnds() {
        DataFixture crlf = DataFixture.of("---\r\n", "a: 1\r\nb: [x,\r\n  y]\r\n", "---\r\n", DataFormat.YAML);
        assertThat(where(crlf.value("b"))).isEqualTo("3:4");
        assertThat(((DataList) crlf.value("b")).items()).extracting(DataFixture::where).containsExactly("3:5", "4:3");
        DataFixture cr = DataFixture.of("---\r", "a: 1\rb: two\r", "---\r", DataFormat.YAML);
        assertThat(where(cr.value("b"))).isEqualTo("3:4");
        assertThat(cr.scalar("b").value()).isEqualTo("two");
    }

    @Test
    void anEmptyBlockIsAnEmptyMap() {
        DataFixture f = DataFixture.yaml("# nothing but a comment\n");
        assertThat(f.map().entries()).isEmpty();
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void reportsAnUnterminatedStringWhereItStarts() {
        DataFixture f = DataFixture.yaml("title: ok\nsummary: \"never closed\nother: 1\n");
        assertThat(f.result).isEmpty();
        assertThat(f.problems()).containsExactly("data.syntax@3:10");
        assertThat(f.only().message()).isEqualTo("this quoted text is never closed");
        assertThat(f.only().hint()).contains("\"");
        assertThat(f.only().sourceLine()).isEqualTo("summary: \"never closed");
    }

    @Test
    void reportsAColonInAnUnquotedValueWithAHint() {
        DataFixture f = DataFixture.yaml("title: Java: the good parts\n");
        assertThat(f.problems()).containsExactly("data.syntax@2:12");
        assertThat(f.only().message()).isEqualTo("mapping values are not allowed here");
        assertThat(f.only().message()).doesNotContain("\n", "^");
        assertThat(f.only().hint()).contains("quotes");
    }

    @Test
    void reportsTextAfterAClosingQuote() {
        DataFixture f = DataFixture.yaml("title: \"Hello\" world\n");
        assertThat(f.problems()).containsExactly("data.syntax@2:16");
        assertThat(f.only().message()).isEqualTo("text after the closing quote");
    }

    @Test
    void reportsATabUsedForIndentation() {
        DataFixture f = DataFixture.yaml("tags:\n\t- one\n");
        assertThat(f.problems()).containsExactly("data.syntax@3:1");
        assertThat(f.only().hint()).isEqualTo("YAML indentation must use spaces, not tabs");
    }

    @Test
    void reportsAnUnclosedFlowListAtItsLastCharacter() {
        DataFixture f = DataFixture.yaml("tags: [a, b\n");
        assertThat(f.problems()).hasSize(1);
        assertThat(f.only().location().line()).isEqualTo(2);
    }

    @Test
    void reportsEachDuplicateKeyNamingTheFirstLine() {
        DataFixture f = DataFixture.yaml("title: a\ndate: 2024-01-01\ntitle: b\nnested:\n  x: 1\n  x: 2\n");
        assertThat(f.result).isEmpty();
        assertThat(f.problems()).containsExactly("data.duplicate-key@4:1", "data.duplicate-key@7:3");
        assertThat(f.diagnostics.toList().get(0).message()).contains("\"title\"", "line 2");
    }

    @Test
    void keepsNumericKeysAsTheirText() {
        DataFixture f = DataFixture.yaml("1: one\ntrue: yes\n");
        assertThat(f.map().entries()).extracting(DataEntry::key).containsExactly("1", "true");
    }

    @Test
    void rejectsAListUsedAsAKey() {
        DataFixture f = DataFixture.yaml("ok: 1\n? [a, b]\n: x\n");
        assertThat(f.problems()).containsExactly("data.syntax@3:3");
    }

    @Test
    void resolvesAFewAliases() {
        DataFixture f = DataFixture.yaml("base: &b [1, 2]\ncopy: *b\n");
        assertThat(((DataList) f.value("copy")).items()).hasSize(2);
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void rejectsTwoDocumentsInOneBlock() {
        DataFixture f = DataFixture.yaml("a: 1\n---\nb: 2\n");
        assertThat(f.problems()).containsExactly("data.syntax@3:1");
    }

    @Test
    void reportsAForbiddenControlCharacter() {
        DataFixture f = DataFixture.yaml("title: a\u0007b\n");
        assertThat(f.problems()).containsExactly("data.syntax@2:9");
    }

    @Test
    void acceptsAScalarAtTheTop() {
        DataFixture f = DataFixture.yaml("just text\n");
        assertThat(f.result).get().isInstanceOf(DataScalar.class);
        assertThat(List.of(f.result.get())).extracting(DataFixture::where).containsExactly("2:1");
    }
}
