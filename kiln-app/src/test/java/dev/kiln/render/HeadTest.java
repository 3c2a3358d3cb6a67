package dev.kiln.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.render.Models.FeedLink;
import dev.kiln.render.Models.MetaModel;
import dev.kiln.render.Models.SiteModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in head partial on its own: feed autodiscovery and the tags every page carries. */
class HeadTest {
    @TempDir
    Path site;

    private Document head(List<FeedLink> siteFeeds, List<FeedLink> pageFeeds) throws Exception {
        SiteModel s = new SiteModel("Notes", "About builds", "https://blog.example/", "de", "Ana", "/", "/archive/",
                "/css/kiln.0123456789.css", List.of(), siteFeeds, Map.of(), "/search/");
        MetaModel meta = new MetaModel("term", "Tag: java", "3 posts", "/tags/java/",
                "https://blog.example/tags/java/", "https://blog.example/tags/java/", "", false, pageFeeds);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("site", s);
        context.put("meta", meta);
        String html = new Templates(new TemplateRoots(site, Optional.empty()), Locale.GERMAN)
                .render("partials/head.html", context);
        return Jsoup.parse("<head>" + html + "</head>");
    }

    @Test
    void advertisesTheSiteFeedsAndThePagesOwnFeeds() throws Exception {
        Document head = head(List.of(new FeedLink("application/atom+xml", "Notes", "https://blog.example/feed.xml")),
                List.of(new FeedLink("application/feed+json", "Notes: java", "https://blog.example/tags/java/feed.json")));

        assertThat(head.select("link[rel=alternate]").eachAttr("href"))
                .containsExactly("https://blog.example/feed.xml", "https://blog.example/tags/java/feed.json");
        assertThat(head.select("link[rel=alternate]").eachAttr("type"))
                .containsExactly("application/atom+xml", "application/feed+json");
    }

    @Test
    void everyPageHasDescriptionCanonicalStylesheetAndCards() throws Exception {
        Document head = head(List.of(), List.of());

        assertThat(head.select("link[rel=alternate]")).isEmpty();
        assertThat(head.select("meta[name=description]").attr("content")).isEqualTo("3 posts");
        assertThat(head.select("link[rel=canonical]").attr("href")).isEqualTo("https://blog.example/tags/java/");
        assertThat(head.select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/kiln.0123456789.css");
        assertThat(head.select("meta[property=og:type]").attr("content")).isEqualTo("website");
        assertThat(head.select("meta[property=og:locale]").attr("content")).isEqualTo("de");
        assertThat(head.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(head.select("script[type=application/ld+json]")).isEmpty();
    }
}
