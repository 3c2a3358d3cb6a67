package dev.kiln.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The lookup per template name: site templates, then the site's theme, then the built-in theme. */
class TemplateLookupTest {
    static final String SITE = """
            -- kiln.yaml --
            title: Lookup
            base_url: https://blog.example/
            -- content/posts/one.md --
            ---
            title: One
            date: 2024-03-01
            author: Ada
            ---
            Some text.
            """;

    @Test
    void aSiteOverridesOnePartialAndKeepsTheRestOfTheTheme() {
        var site = TestSite.of(SITE + """
                -- templates/partials/byline.html --
                <p class="byline">Written by {% for a in post.authors %}{{ a.name }}{% endfor %} on {{ post.date | date("yyyy-MM-dd") }}</p>
                """).build();

        Document page = site.html("/posts/one/");
        assertThat(page.select(".byline").text()).isEqualTo("Written by Ada on 2024-03-01");
        assertThat(page.select("h1").text()).isEqualTo("One");
        assertThat(page.select("header.site-header .site-title").text()).isEqualTo("Lookup");
        assertThat(page.select("a.skip-link")).hasSize(1);
    }

    @Test
    void includesResolveRelativeToTheIncludingTemplateAndByNameFromTheRoots() {
        var site = TestSite.of(SITE + """
                -- templates/partials/byline.html --
                <p class="byline">{% include "./byline-name.html" %}|{% include "../signature.html" %}|{% include ".\\byline-name.html" %}|{% include "partials/byline-name.html" %}</p>
                -- templates/partials/byline-name.html --
                {% for a in post.authors %}{{ a.name }}{% endfor %}
                -- templates/signature.html --
                signed
                """).build();

        Document page = site.html("/posts/one/");
        assertThat(page.select(".byline").text().replace(" ", "")).isEqualTo("Ada|signed|Ada|Ada");
    }

    @Test
    void aThemeReplacesBuiltInTemplatesAndTheSiteReplacesTheTheme() {
        var site = TestSite.of(SITE + """
                -- kiln.yaml --
                title: Lookup
                base_url: https://blog.example/
                theme: plain
                -- themes/plain/templates/partials/footer.html --
                <footer class="plain-footer">Plain theme</footer>
                -- themes/plain/templates/partials/byline.html --
                <p class="byline">theme byline</p>
                -- templates/partials/byline.html --
                <p class="byline">site byline</p>
                """).build();

        Document page = site.html("/posts/one/");
        assertThat(page.select(".plain-footer").text()).isEqualTo("Plain theme");
        assertThat(page.select(".site-footer")).isEmpty();
        assertThat(page.select(".byline").text()).isEqualTo("site byline");
        assertThat(page.select("article.post h1").text()).isEqualTo("One");
    }

    @Test
    void themeStaticFilesFollowTheSameLookupAndTheStylesheetKeepsAContentHash() {
        var site = TestSite.of(SITE + """
                -- kiln.yaml --
                title: Lookup
                base_url: https://blog.example/
                theme: plain
                -- themes/plain/static/css/kiln.css --
                body { color: rebeccapurple; }
                -- themes/plain/static/js/theme.js --
                // theme file
                -- themes/plain/static/favicon.svg --
                <svg xmlns="http://www.w3.org/2000/svg">theme</svg>
                -- static/favicon.svg --
                <svg xmlns="http://www.w3.org/2000/svg">site</svg>
                """).build();

        String href = site.html("/").select("link[rel=stylesheet]").attr("href");
        assertThat(href).matches("/css/kiln\\.[0-9a-f]{10}\\.css");
        assertThat(site.file(href.substring(1))).isEqualTo("body { color: rebeccapurple; }\n");
        assertThat(site.file("js/theme.js")).isEqualTo("// theme file\n");
        assertThat(site.file("favicon.svg")).contains("site");
        assertThat(site.exists("css/kiln.css")).isFalse();
    }

    @Test
    void theBuiltInStylesheetIsOneSmallFingerprintedFile() {
        var site = TestSite.of(SITE).build();

        Document home = site.html("/");
        assertThat(home.select("link[rel=stylesheet]")).hasSize(1);
        String href = home.select("link[rel=stylesheet]").attr("href");
        assertThat(href).matches("/css/kiln\\.[0-9a-f]{10}\\.css");
        assertThat(site.file(href.substring(1)).length()).isLessThan(16_000);
        // Reading needs no JavaScript: the only script is the search box's, deferred.
        assertThat(home.select("script:not([type=application/ld+json])")).singleElement()
                .satisfies(s -> assertThat(s.attr("src")).endsWith("/js/search.js"))
                .satisfies(s -> assertThat(s.hasAttr("defer")).isTrue());
    }
}
