package dev.kiln.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HostileFrontMatterTest {

    @Test
    @Timeout(30)
    void refusesABillionLaughsBomb() {
        StringBuilder yaml = new StringBuilder("---\ntitle: T\ndate: 2024-11-18\nlol0: &l0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("lol").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < 9; j++) yaml.append(j > 0 ? ", " : "").append("*l").append(i - 1);
            yaml.append("]\n");
        }
        Parsed p = Parsed.post(yaml.append("---\n").toString());
        assertThat(p.document).isEmpty();
        assertThat(p.problems()).singleElement().asString().startsWith("data.aliases@10:");
    }

    @Test
    void refusesAHundredThousandNestedYamlBrackets() {
        Parsed p = Parsed.post("---\ntitle: T\ndate: 2024-11-18\nx: " + "[".repeat(100_000) + "\n---\n");
        assertThat(p.problems()).containsExactly("data.too-deep@4:103");
    }

    @Test
    void refusesAHundredThousandNestedJsonBraces() {
        Parsed p = Parsed.post("{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_000) + "\nBody\n");
        assertThat(p.problems()).singleElement().asString().startsWith("data.too-deep@1:");
    }

    @Test
    void refusesAHundredThousandNestedTomlArrays() {
        Parsed p = Parsed.post("+++\ntitle = \"T\"\nx = " + "[".repeat(100_000) + "\n+++\n");
        assertThat(p.document).isEmpty();
        assertThat(p.problems()).isNotEmpty().allMatch(d -> d.contains("@3:"));
    }

    @Test
    void reportsEveryTomlErrorAtItsFileLine() {
        Parsed p = Parsed.post("+++\ntitle = \"T\"\ndate = 2024-11-18\nbroken = [1,\nslug = x\n+++\n");
        assertThat(p.problems()).contains("data.syntax@4:13", "data.syntax@5:8");
    }

    @Test
    void refusesAnUnclosedFenceInAHugeFileQuickly() {
        Parsed p = Parsed.post("---\n" + "line\n".repeat(200_000));
        assertThat(p.problems()).containsExactly("front-matter.unclosed@1:1");
    }
}
