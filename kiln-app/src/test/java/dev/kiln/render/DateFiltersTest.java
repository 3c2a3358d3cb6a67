package dev.kiln.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.TestSite;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The date filters as templates use them: remembered texts never leak between patterns, dates or languages. */
class DateFiltersTest {
    private static String site(String language) {
        return """
                -- kiln.yaml --
                title: Dates
                base_url: https://blog.example/
                language: %s
                -- content/posts/one.md --
                ---
                title: One
                date: 2024-03-01
                ---
                Text.
                -- content/posts/two.md --
                ---
                title: Two
                date: 2024-03-01
                updated: 2024-04-02
                ---
                Text.
                -- templates/partials/byline.html --
                <p class="dates">{{ post.date | date("d MMMM yyyy") }}|{{ post.date | date("yyyy-MM-dd") }}|{{ post.date | date("EEEE") }}|{{ post.date | iso }}|{{ post.updated | date("d MMMM yyyy") }}|{{ post.updated | iso }}|{{ "06.05.2024" | date("d MMMM yyyy", existingFormat="dd.MM.yyyy") }}</p>
                """.formatted(language);
    }

    @Test
    void oneEngineRemembersADateSeparatelyForEachLocale() throws Exception {
        // A build renders in one language, so a site cannot show this: the engine itself can.
        PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).extension(new KilnExtension(new CachedBlocks())).build();
        PebbleTemplate t = engine.getTemplate("{{ d | date(\"EEEE d MMMM\") }}|{{ d | iso }}");
        Map<String, Object> context = Map.of("d", ZonedDateTime.of(2024, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC));

        assertThat(render(t, context, Locale.ENGLISH)).isEqualTo("Friday 1 March|2024-03-01T00:00:00Z");
        assertThat(render(t, context, Locale.GERMAN)).isEqualTo("Freitag 1 März|2024-03-01T00:00:00Z");
        assertThat(render(t, context, Locale.ENGLISH)).isEqualTo("Friday 1 March|2024-03-01T00:00:00Z");
    }

    private static String render(PebbleTemplate t, Map<String, Object> context, Locale locale) throws Exception {
        StringWriter out = new StringWriter();
        t.evaluate(out, context, locale);
        return out.toString();
    }

    @Test
    void eachDatePatternAndLanguagePrintsItsOwnText() {
        var english = TestSite.of(site("en")).build();
        var german = TestSite.of(site("de")).build();

        assertThat(english.html("/posts/one/").select(".dates").text())
                .isEqualTo("1 March 2024|2024-03-01|Friday|2024-03-01T00:00:00Z|||6 May 2024");
        assertThat(english.html("/posts/two/").select(".dates").text())
                .isEqualTo("1 March 2024|2024-03-01|Friday|2024-03-01T00:00:00Z|2 April 2024|2024-04-02T00:00:00Z|6 May 2024");
        assertThat(german.html("/posts/two/").select(".dates").text())
                .isEqualTo("1 März 2024|2024-03-01|Freitag|2024-03-01T00:00:00Z|2 April 2024|2024-04-02T00:00:00Z|6 Mai 2024");
    }
}
