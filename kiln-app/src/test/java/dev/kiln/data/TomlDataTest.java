package dev.kiln.data;

import static dev.kiln.data.DataFixture.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class TomlDataTest {

    @Test
    void readsTypedValuesWithPositions() {
        DataFixture f = DataFixture.toml("""
                title = "Héllo 😀"
                day = 2024-11-18
                at = 2024-11-18T09:30:00+01:00
                local = 2024-11-18T09:30:00
                n = 1_000
                x = 2.5
                ok = true
                tags = ["a", "b"]
                emoji = "😀😀"
                """);
        assertThat(f.problems()).isEmpty();
        assertThat(f.scalar("title").value()).isEqualTo("Héllo 😀");
        assertThat(where(f.value("title"))).isEqualTo("2:9");
        assertThat(f.scalar("title").location().length()).isEqualTo(9);
        assertThat(f.scalar("day").value()).isEqualTo(LocalDate.of(2024, 11, 18));
        assertThat(f.scalar("day").raw()).isEqualTo("2024-11-18");
        assertThat(f.scalar("at").value()).isEqualTo(OffsetDateTime.parse("2024-11-18T09:30:00+01:00"));
        assertThat(f.scalar("local").value()).isEqualTo(LocalDateTime.parse("2024-11-18T09:30:00"));
        assertThat(f.scalar("n").value()).isEqualTo(1000L);
        assertThat(f.scalar("n").raw()).isEqualTo("1_000");
        assertThat(f.scalar("x").value()).isEqualTo(2.5);
        assertThat(f.scalar("ok").value()).isEqualTo(true);
        assertThat(((DataList) f.value("tags")).items()).extracting(DataFixture::where).containsExactly("9:9", "9:14");
        assertThat(f.map().get("emoji").orElseThrow().keyLocation().line()).isEqualTo(10);
    }

    @Test
    void readsTablesInFileOrder() {
        DataFixture f = DataFixture.toml("b = 1\na = 2\n[params]\nz = \"last\"\ny = { inner = [1, 2] }\n");
        assertThat(f.map().entries()).extracting(DataEntry::key).containsExactly("b", "a", "params");
        DataMap params = (DataMap) f.value("params");
        assertThat(params.entries()).extracting(DataEntry::key).containsExactly("z", "y");
        assertThat(where(params)).isEqualTo("4:1");
        DataMap inner = (DataMap) params.get("y").orElseThrow().value();
        assertThat(where(inner.get("inner").orElseThrow().value())).isEqualTo("6:15");
    }

    @Test
    void reportsEveryErrorOfTheBlockInFileLines() {
        DataFixture f = DataFixture.toml("title = \"ok\"\nbad = [1,\ntitle = \"again\"\nalso = nope\n");
        assertThat(f.result).isEmpty();
        assertThat(f.problems()).containsExactly("data.syntax@3:10", "data.duplicate-key@4:1", "data.syntax@5:8");
    }

    @Test
    void namesTheFirstDefinitionOfADuplicateKeyByItsLineInTheFile() {
        DataFixture f = DataFixture.toml("title = \"x\"\ntitle = \"y\"\n");
        assertThat(f.problems()).containsExactly("data.duplicate-key@3:1");
        assertThat(f.only().message()).isEqualTo("duplicate key \"title\": it is already set on line 2");
    }

    @Test
    void readsCrlfAndLoneCrLineEnds() {
        DataFixture crlf = DataFixture.of("+++\r\n", "a = 1\r\nb = \"two\"\r\n", "+++\r\n", DataFormat.TOML);
        assertThat(where(crlf.value("b"))).isEqualTo("3:5");
        DataFixture cr = DataFixture.of("+++\r", "a = 1\rb = \"two\"\r", "+++\r", DataFormat.TOML);
        assertThat(cr.problems()).isEmpty();
        assertThat(where(cr.value("b"))).isEqualTo("3:5");
    }

    @Test
    void keepsALocalTimeAsText() {
        DataFixture f = DataFixture.toml("t = 07:30:00\n");
        assertThat(f.scalar("t").value()).isEqualTo("07:30:00");
    }
}
