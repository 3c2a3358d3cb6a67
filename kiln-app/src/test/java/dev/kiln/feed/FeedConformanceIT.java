package dev.kiln.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import dev.kiln.build.TestSite;
import dev.kiln.conformance.AtomValidator;
import dev.kiln.conformance.JsonFeedValidator;
import dev.kiln.conformance.SitemapValidator;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the example blog and a 1,000-post corpus once, then checks every feed and sitemap against
 * its schema (one validator run per format over both builds), every RSS feed with ROME, and the
 * rules the schemas miss.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedConformanceIT {
    private static final String RFC_3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})";

    private List<TestSite.Built> sites;

    @BeforeAll
    void build(@TempDir Path tmp) throws Exception {
        sites = List.of(BuiltSites.example(tmp), BuiltSites.corpus(tmp, 1000));
    }

    private List<Path> all(String name) {
        return sites.stream().flatMap(s -> BuiltSites.files(s, name).stream()).toList();
    }

    @Test
    void everyAtomFeedMatchesTheRfc4287Schema() {
        List<Path> feeds = all("atom.xml");
        assertThat(feeds.size()).isGreaterThan(100);
        assertThat(AtomValidator.validate(feeds)).isEmpty();
    }

    @Test
    void theSitemapsMatchTheSitemapsOrgSchema() {
        List<Path> maps = sites.stream().map(s -> s.output().resolve("sitemap.xml")).toList();
        assertThat(SitemapValidator.validate(maps)).isEmpty();
    }

    @Test
    void everyJsonFeedMatchesTheJsonFeed11Schema() {
        List<Path> feeds = all("feed.json");
        assertThat(feeds.size()).isGreaterThan(100);
        assertThat(JsonFeedValidator.validate(feeds)).isEmpty();
    }

    @Test
    void romeReadsEveryRssFeedWithTheSameEntriesAsTheAtomFeed() {
        for (Path rss : all("rss.xml")) {
            SyndFeed feed = Xml.rome(BuiltSites.read(rss));
            Document atom = Xml.parse(BuiltSites.read(rss.resolveSibling("atom.xml")));
            List<Element> entries = atom.select("entry");
            assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
            assertThat(feed.getLink()).isEqualTo(atom.select("feed > link[rel=alternate]").attr("href"));
            assertThat(feed.getEntries()).as(rss.toString()).hasSize(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                SyndEntry item = feed.getEntries().get(i);
                Element entry = entries.get(i);
                assertThat(item.getTitle()).isEqualTo(entry.select("title").first().wholeText());
                assertThat(item.getUri()).isEqualTo(entry.select("id").text());
                assertThat(item.getLink()).isEqualTo(entry.select("link[rel=alternate]").attr("href"));
                assertThat(item.getPublishedDate().toInstant())
                        .isEqualTo(OffsetDateTime.parse(entry.select("published").text()).toInstant());
                // ROME reads dc:creator as the entry's author.
                assertThat(item.getAuthor()).isEqualTo(entry.select("author > name").first().text());
                assertThat(item.getCategories()).extracting(c -> c.getName())
                        .containsExactlyElementsOf(entry.select("category").eachAttr("term"));
                Element content = entry.select("content").first();
                if (content == null) {
                    // A term's feed carries summaries: no content:encoded, the excerpt as description.
                    assertThat(item.getContents()).isEmpty();
                    assertThat(org.jsoup.parser.Parser.unescapeEntities(item.getDescription().getValue(), false))
                            .isEqualTo(entry.select("summary").first().wholeText());
                } else {
                    assertThat(item.getContents()).hasSize(1);
                    assertThat(item.getContents().get(0).getValue()).isEqualTo(content.wholeText());
                }
            }
        }
    }

    @Test
    void atomFeedsHaveUniqueTagIdsRfc3339DatesAndNewestFirstEntries() {
        for (Path file : all("atom.xml")) {
            Document atom = Xml.parse(BuiltSites.read(file));
            List<String> ids = atom.select("entry > id").eachText();
            assertThat(ids).as(file.toString()).doesNotHaveDuplicates().allMatch(id -> id.startsWith("tag:"));
            for (String date : atom.select("updated, published").eachText()) assertThat(date).matches(RFC_3339);
            List<OffsetDateTime> published = atom.select("entry > published").eachText().stream()
                    .map(OffsetDateTime::parse).toList();
            for (int i = 1; i < published.size(); i++) {
                assertThat(published.get(i)).as(file + " entry " + i).isBeforeOrEqualTo(published.get(i - 1));
            }
        }
    }

    @Test
    void jsonFeedsNameVersion11AndCarryTheAtomIdsAndDates() {
        for (Path file : all("feed.json")) {
            List<Map<String, Object>> items = FeedEntriesTest.jsonItems(BuiltSites.read(file));
            Document atom = Xml.parse(BuiltSites.read(file.resolveSibling("atom.xml")));
            assertThat(items).extracting(i -> i.get("id")).containsExactlyElementsOf(atom.select("entry > id").eachText());
            for (Map<String, Object> item : items) {
                assertThat((String) item.get("date_published")).matches(RFC_3339);
                assertThat((String) item.get("date_modified")).matches(RFC_3339);
            }
        }
    }

    @Test
    void feedsHoldTheNewestTwentyPostsOfTheSiteAndOfEachTerm() {
        for (TestSite.Built site : sites) {
            int posts = site.report().posts();
            assertThat(Xml.parse(site.file("atom.xml")).select("entry")).hasSize(Math.min(20, posts));
            for (String taxonomy : List.of("/categories/", "/tags/", "/authors/")) {
                for (Element term : site.html(taxonomy).select(".terms li")) {
                    int count = Integer.parseInt(term.select(".count").text());
                    String feed = term.select("a").attr("href").substring(1) + "atom.xml";
                    assertThat(Xml.parse(site.file(feed)).select("entry")).as(feed).hasSize(Math.min(20, count));
                }
            }
        }
    }

    @Test
    void noEntryIdChangesWhenAnUnrelatedPostIsAdded(@TempDir Path copy) throws Exception {
        Path example = dev.kiln.build.Shared.repo().resolve("example");
        try (Stream<Path> files = java.nio.file.Files.walk(example)) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                Path to = copy.resolve("site").resolve(example.relativize(f).toString());
                java.nio.file.Files.createDirectories(to.getParent());
                java.nio.file.Files.copy(f, to);
            }
        }
        TestSite site = TestSite.at(copy.resolve("site")).options(o -> o.withOutput(copy.resolve("out")));
        Map<String, String> before = idsByLink(site.build());
        java.nio.file.Files.writeString(copy.resolve("site/content/posts/zz-added.md"),
                "---\ntitle: Added later\ndate: 2025-12-01\ntags: [java]\ncategory: JVM\n---\nNew.\n");
        Map<String, String> after = idsByLink(site.build());

        assertThat(after).hasSize(before.size() + 1).containsAllEntriesOf(before);
    }

    /** Every entry of every Atom feed of a build: link → id, failing if one link has two ids. */
    private static Map<String, String> idsByLink(TestSite.Built built) {
        Map<String, String> ids = new java.util.TreeMap<>();
        for (Path file : BuiltSites.files(built, "atom.xml")) {
            for (Element e : Xml.parse(BuiltSites.read(file)).select("entry")) {
                String link = e.select("link[rel=alternate]").attr("href");
                String previous = ids.put(link, e.select("id").text());
                assertThat(previous).as(link).isIn(null, e.select("id").text());
            }
        }
        return ids;
    }

    @Test
    void everyUrlInFeedsAndSitemapsIsAbsolute() {
        for (Path file : all("atom.xml")) {
            Document atom = Xml.parse(BuiltSites.read(file));
            List<String> urls = new ArrayList<>(atom.select("link").eachAttr("href"));
            urls.addAll(atom.select("uri").eachText());
            for (Element content : atom.select("content")) {
                Document html = org.jsoup.Jsoup.parse(content.wholeText());
                urls.addAll(html.select("[href]").eachAttr("href"));
                urls.addAll(html.select("[src]").eachAttr("src"));
            }
            assertThat(urls).as(file.toString()).allMatch(u -> u.matches("(https?|mailto|data):.*"));
        }
        for (TestSite.Built site : sites) {
            List<String> locs = Xml.parse(site.file("sitemap.xml")).select("loc").eachText();
            String base = Stream.of(site.html("/").select("link[rel=canonical]").attr("href")).findFirst().orElseThrow();
            assertThat(locs).isNotEmpty().doesNotHaveDuplicates().allMatch(u -> u.startsWith(base))
                    .noneMatch(u -> u.endsWith("404.html"));
            assertThat(locs.size()).isLessThanOrEqualTo(Sitemap.MAX_URLS);
            assertThat(site.file("robots.txt")).contains("Sitemap: " + base + "sitemap.xml");
        }
    }
}
