package dev.kiln.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelAttributesTest {
    private static String render(PebbleEngine engine, String template, Map<String, Object> context) throws Exception {
        StringWriter out = new StringWriter();
        engine.getTemplate(template).evaluate(out, context);
        return out.toString();
    }

    @Test
    void templatesReadModelsAsPebbleAloneReadsThem() throws Exception {
        PebbleEngine kiln = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true)
                .extension(new KilnExtension(new CachedBlocks())).build();
        PebbleEngine plain = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true).build();
        Models.LinkModel link = new Models.LinkModel("Go & Rust", "/tags/go/", 3);
        Models.PageLink page = new Models.PageLink(2, "/page/2/", false, true);
        Map<String, Object> context = Map.of("link", link, "page", page, "links", List.of(link, link));
        String template = "{{ link.name }}|{{ link.url }}|{{ link.count + 1 }}|{{ link.name() }}|{{ page.gap }}"
                + "|{{ page.current ? 'yes' : 'no' }}|{% for l in links %}{{ l.count }}{% endfor %}|{{ link.hashCode() }}"
                + "|{{ link.toString() }}";

        String expected = "Go &amp; Rust|/tags/go/|4|Go &amp; Rust|true|no|33|" + link.hashCode() + "|"
                + link.toString().replace("&", "&amp;");
        assertThat(render(kiln, template, context)).isEqualTo(expected).isEqualTo(render(plain, template, context));
    }

    @Test
    void readsComponentsOfModelsAndLeavesEverythingElseToPebble() {
        ModelAttributes attributes = new ModelAttributes();
        Models.LinkModel link = new Models.LinkModel("a", "/a/", 1);

        assertThat(attributes.resolve(link, "url", null, null, null, "t", 1).evaluatedValue).isEqualTo("/a/");
        assertThat(attributes.resolve(link, "count", new Object[0], null, null, "t", 1).evaluatedValue).isEqualTo(1);
        assertThat(attributes.resolve(link, "hashCode", null, null, null, "t", 1)).isNull();
        assertThat(attributes.resolve(link, "url", new Object[] {1}, null, null, "t", 1)).isNull();
        assertThat(attributes.resolve(Map.of("url", "x"), "url", null, null, null, "t", 1)).isNull();
        assertThat(attributes.resolve(link, 0, null, null, null, "t", 1)).isNull();
    }

    @Test
    void aNameThatIsNoComponentIsStillAnErrorUnderStrictVariables() {
        PebbleEngine kiln = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true)
                .extension(new KilnExtension(new CachedBlocks())).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> render(kiln, "{{ link.title }}",
                Map.of("link", new Models.LinkModel("a", "/a/", 1))))
                .hasMessageContaining("title");
    }
}
