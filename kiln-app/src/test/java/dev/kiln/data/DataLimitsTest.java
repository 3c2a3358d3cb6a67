package dev.kiln.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DataLimitsTest {

    @Test
    @Timeout(value = 30)
    void stopsABillionLaughsBombQuicklyWithAClearError() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) yaml.append(i > 0 ? "," : "").append('*').append((char) (c - 1));
            yaml.append("]\n");
        }
        long start = System.nanoTime();
        DataFixture f = DataFixture.yaml(yaml.toString());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(f.result).isEmpty();
        assertThat(f.problems()).containsExactly("data.aliases@8:23");
        assertThat(f.only().message()).contains("aliases");
    }

    @Test
    @Timeout(value = 30)
    void stopsAliasesThatDoubleAtEachLevel() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [x, y]\n");
        for (int i = 1; i <= 24; i++) {
            yaml.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
        }
        DataFixture f = DataFixture.yaml(yaml.toString());
        assertThat(f.result).isEmpty();
        assertThat(f.problems()).singleElement().asString().startsWith("data.aliases@");
    }

    @Test
    void rejectsAListThatContainsItself() {
        DataFixture f = DataFixture.yaml("loop: &a [1, *a]\n");
        assertThat(f.problems()).containsExactly("data.aliases@2:7");
    }

    @Test
    void rejectsAHundredThousandNestedYamlLists() {
        // The root map is level 1, so the 100th bracket (column 103) is level 101.
        DataFixture f = DataFixture.yaml("x: " + "[".repeat(100_000) + "\n");
        assertThat(f.result).isEmpty();
        assertThat(f.problems()).containsExactly("data.too-deep@2:103");
    }

    @Test
    void rejectsDeeplyNestedBlockSequences() {
        DataFixture f = DataFixture.yaml("x:\n" + "- ".repeat(500) + "z\n");
        assertThat(f.problems()).singleElement().asString().startsWith("data.too-deep@3:");
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        DataFixture f = DataFixture.yaml("x: " + "[".repeat(99) + "]".repeat(99) + "\n");
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void theCheckingPassIsSkippedOnlyForTextThatCannotReachALimit() {
        assertThat(YamlReader.surelyWithinLimits("title: \"A post\"\ndate: 2024-11-18\ntags: [a, b]\n")).isTrue();
        assertThat(YamlReader.surelyWithinLimits("a: &x [1]\nb: *x\n")).isFalse();
        // Every way to open a level counts, so 100 levels can never pass unchecked.
        for (String opener : new String[] {"[", "{", "- ", "? ", "a:\n"}) {
            assertThat(YamlReader.surelyWithinLimits(opener.repeat(DataReader.MAX_DEPTH))).as(opener).isFalse();
        }
    }

    @Test
    void rejectsAHundredThousandNestedJsonObjects() {
        DataFixture f = DataFixture.json("{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000));
        assertThat(f.result).isEmpty();
        assertThat(f.problems()).singleElement().asString().startsWith("data.too-deep@1:");
    }

    @Test
    void rejectsAHundredThousandNestedTomlArrays() {
        DataFixture f = DataFixture.toml("x = " + "[".repeat(100_000) + "\n");
        assertThat(f.result).isEmpty();
        assertThat(f.problems()).isNotEmpty();
        assertThat(f.problems()).allMatch(p -> p.startsWith("data.syntax@2:") || p.startsWith("data.too-deep@2:"));
    }

    @Test
    void rejectsTomlNestedDeeperThanTheLimit() {
        DataFixture f = DataFixture.toml("x = " + "[".repeat(110) + "]".repeat(110) + "\n");
        assertThat(f.problems()).singleElement().asString().startsWith("data.too-deep@2:");
    }

    @Test
    void rejectsABlockLargerThanOneMebibyte() {
        String big = "text: \"" + "x".repeat(DataReader.MAX_CHARS) + "\"\n";
        DataFixture f = DataFixture.yaml(big);
        assertThat(f.problems()).containsExactly("data.too-large@2:1");
    }
}
