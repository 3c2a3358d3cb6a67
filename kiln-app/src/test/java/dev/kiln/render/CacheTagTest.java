package dev.kiln.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.build.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The {@code {% cache %}} tag, through whole builds: what the default theme's summaries rely on. */
class CacheTagTest {
    private static final String SITE = """
            -- kiln.yaml --
            title: Cache
            base_url: https://blog.example/
            -- content/posts/quotes.md --
            ---
            title: Why "quotes" <matter> & more
            date: 2024-03-01
            author: Ada
            tags: [html]
            ---
            Some text.
            -- content/posts/plain.md --
            ---
            title: Plain
            date: 2024-03-02
            author: Ada
            tags: [html]
            ---
            Other text.
            """;

    @Test
    void aSummaryIsEscapedInsideItsBlockAndTheSameOnEveryListThatShowsIt() {
        TestSite.Built site = TestSite.of(SITE).build();

        String home = site.file("index.html");
        assertThat(home).contains("Why &quot;quotes&quot; &lt;matter&gt; &amp; more</a></h2>")
                .contains("aria-label=\"Tags of “Why &quot;quotes&quot; &lt;matter&gt; &amp; more”\"")
                .doesNotContain("<matter>");
        Document onHome = site.html("/");
        Document tag = site.html("/tags/html/");
        Document author = site.html("/authors/ada/");
        for (String url : new String[] {"/posts/quotes/", "/posts/plain/"}) {
            String summary = "article.summary:has(a[href=" + url + "])";
            String expected = onHome.select(summary).outerHtml();
            assertThat(expected).isNotEmpty();
            assertThat(tag.select(summary).outerHtml()).isEqualTo(expected);
            assertThat(author.select(summary).outerHtml()).isEqualTo(expected);
        }
        assertThat(onHome.select("article.summary h2").eachText())
                .containsExactly("Plain", "Why \"quotes\" <matter> & more");
    }

    @Test
    void aKeyNamesOneFragmentPerBlockAndBuild() {
        TestSite.Built site = TestSite.of(SITE + """
                -- templates/partials/byline.html --
                <p class="byline">{% cache post.url %}{{ post.title }}{% endcache %}|{% cache post.url %}{{ post.date | date("yyyy") }}{% endcache %}|{% cache "site" %}{{ site.title }}{% endcache %}</p>
                """).build();

        assertThat(site.html("/posts/quotes/").select(".byline").text()).isEqualTo("Why \"quotes\" <matter> & more|2024|Cache");
        assertThat(site.html("/posts/plain/").select(".byline").text()).isEqualTo("Plain|2024|Cache");
    }

    @Test
    void aBlockWithoutAKeyIsAnErrorAtItsLine() {
        TestSite.Built site = TestSite.of(SITE + """
                -- templates/partials/byline.html --
                <p class="byline">
                {% cache post.updated %}{{ post.title }}{% endcache %}</p>
                """).build();

        assertThat(site.report().diagnostics()).anySatisfy(d -> {
            assertThat(d.location().file().toString()).endsWith("templates/partials/byline.html");
            assertThat(d.location().line()).isEqualTo(2);
            assertThat(d.message()).contains("key of this {% cache %} block is null");
        });
    }
}
