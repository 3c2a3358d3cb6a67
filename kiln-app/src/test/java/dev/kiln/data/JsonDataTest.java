package dev.kiln.data;

import static dev.kiln.data.DataFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonDataTest {

    @Test
    void readsAJsonObjectWithPositions() {
        DataFixture f = DataFixture.json("{\n  \"title\": \"Hi\",\n  \"n\": 3,\n  \"x\": 1.5e2,\n"
                + "  \"ok\": false,\n  \"none\": null,\n  \"tags\": [\"a\", \"b\"]\n}");
        assertThat(f.problems()).isEmpty();
        assertThat(f.map().entries()).extracting(DataEntry::key).containsExactly("title", "n", "x", "ok", "none", "tags");
        assertThat(f.scalar("title").value()).isEqualTo("Hi");
        assertThat(where(f.value("title"))).isEqualTo("2:12");
        assertThat(f.scalar("n").value()).isEqualTo(3L);
        assertThat(f.scalar("x").value()).isEqualTo(150.0);
        assertThat(f.scalar("ok").value()).isEqualTo(false);
        assertThat(f.scalar("none").value()).isNull();
        assertThat(((DataList) f.value("tags")).items()).extracting(DataFixture::where).containsExactly("7:12", "7:17");
    }

    @Test
    void acceptsTabsAndNoSpaceAfterColons() {
        DataFixture f = DataFixture.json("{\n\t\"title\":\"Hi\",\n\t\"n\":1\n}");
        assertThat(f.problems()).isEmpty();
        assertThat(f.scalar("n").value()).isEqualTo(1L);
    }

    @Test
    void rejectsUnquotedKeysAndText() {
        DataFixture f = DataFixture.json("{\n  title: Hello,\n  \"draft\": yes\n}");
        assertThat(f.result).isEmpty();
        assertThat(f.problems()).containsExactly("data.syntax@2:3", "data.syntax@2:10", "data.syntax@3:12");
    }

    @Test
    void rejectsSingleQuotes() {
        DataFixture f = DataFixture.json("{\"a\": 'b'}");
        assertThat(f.problems()).containsExactly("data.syntax@1:7");
    }

    @Test
    void reportsAMissingCommaAtItsPosition() {
        DataFixture f = DataFixture.json("{\n  \"a\": 1\n  \"b\": 2\n}");
        assertThat(f.problems()).hasSize(1);
        assertThat(f.only().location().line()).isEqualTo(3);
    }

    @Test
    void reportsDuplicateKeys() {
        DataFixture f = DataFixture.json("{\"a\": 1,\n \"a\": 2}");
        assertThat(f.problems()).containsExactly("data.duplicate-key@2:2");
    }
}
