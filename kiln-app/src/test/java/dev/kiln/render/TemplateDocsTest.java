package dev.kiln.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.Shared;
import dev.kiln.build.TestSite;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the examples of docs/templates.md: each {@code pebble example} block, rendered in a post
 * page of the sample site the same document declares, gives the {@code text output} block after
 * it. Docs that cannot go stale (Hugo's idea).
 */
class TemplateDocsTest {
    private static final Pattern BLOCK = Pattern.compile("(?m)^```([^\\n]*)\\n(.*?)^```$", Pattern.DOTALL);
    private static final String START = "<kiln-doc-example>";
    private static final String END = "</kiln-doc-example>";

    record Block(String info, String body) {}

    static List<Block> blocks() throws Exception {
        String doc = Files.readString(Shared.repo().resolve("docs/templates.md"));
        List<Block> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) blocks.add(new Block(m.group(1).strip(), m.group(2)));
        return blocks;
    }

    /** The sample site: blocks whose info string is {@code <lang> sample <path>}. */
    static Map<String, String> sampleSite(List<Block> blocks) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Block b : blocks) {
            String[] info = b.info().split("\\s+");
            if (info.length == 3 && info[1].equals("sample")) files.put(info[2], b.body());
        }
        assertThat(files).as("sample site in docs/templates.md").containsKeys("kiln.yaml");
        return files;
    }

    static String spec(Map<String, String> files) {
        StringBuilder sb = new StringBuilder();
        files.forEach((path, text) -> sb.append("-- ").append(path).append(" --\n").append(text));
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyFilterExampleRendersAsDocumented() throws Exception {
        List<Block> blocks = blocks();
        Map<String, String> site = sampleSite(blocks);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (!blocks.get(i).info().equals("pebble example")) continue;
            Block example = blocks.get(i);
            Block output = blocks.get(i + 1);
            assertThat(output.info()).as("the block after example %s", example.body()).isEqualTo("text output");
            tests.add(DynamicTest.dynamicTest(example.body().strip(), () -> {
                Map<String, String> files = new LinkedHashMap<>(site);
                files.put("templates/partials/byline.html", START + example.body().strip() + END + "\n");
                String html = TestSite.of(spec(files)).build().file("posts/slow-build/index.html");
                String rendered = html.substring(html.indexOf(START) + START.length(), html.indexOf(END));
                assertThat(rendered).isEqualTo(output.body().strip());
            }));
        }
        assertThat(tests).as("examples in docs/templates.md").hasSizeGreaterThanOrEqualTo(5);
        return tests.stream();
    }

    @Test
    void theWorkedOverrideExampleBuildsAndKeepsTheRestOfTheTheme() throws Exception {
        List<Block> blocks = blocks();
        Map<String, String> files = new LinkedHashMap<>(sampleSite(blocks));
        Block override = blocks.stream().filter(b -> b.info().startsWith("pebble override ")).findFirst().orElseThrow();
        files.put(override.info().substring("pebble override ".length()), override.body());

        Document page = TestSite.of(spec(files)).build().html("/posts/slow-build/");
        assertThat(page.select(".byline").text()).isEqualTo("Ana Lima, 18 November 2024");
        assertThat(page.select(".subtitle").text()).isEqualTo("What a flame graph told us");
        assertThat(page.select("nav[aria-label=Site]")).hasSize(1);
        assertThat(page.select("h1").text()).isEqualTo("Tracing a <slow> build");
    }

    @Test
    void everyKilnFilterAndTagIsDocumentedWithAnExample() throws Exception {
        String examples = blocks().stream().filter(b -> b.info().equals("pebble example"))
                .map(Block::body).reduce("", String::concat);
        for (String filter : new KilnExtension(new CachedBlocks()).getFilters().keySet()) {
            assertThat(examples).as("an example of the %s filter", filter).containsPattern("\\|\\s*" + filter + "\\b");
        }
        // Kiln's own tags: the others it registers wrap Pebble's (ClosedTag, LocatedExpressions) and
        // are Pebble's to document.
        var own = new KilnExtension(new CachedBlocks()).getTokenParsers().stream()
                .filter(t -> !(t instanceof ClosedTag) && t.getClass().getEnclosingClass() != LocatedExpressions.class)
                .toList();
        assertThat(own).extracting(t -> t.getTag()).contains("cache");
        for (var tag : own) {
            assertThat(examples).as("an example of the %s tag", tag.getTag()).containsPattern("\\{%\\s*" + tag.getTag() + "\\b");
        }
    }

}
