package dev.kiln.feed;

import dev.kiln.config.SiteConfig;
import dev.kiln.output.OutputFile;
import dev.kiln.parallel.Parallel;
import dev.kiln.render.PageRenderer.FeedLinkSpec;
import dev.kiln.site.Post;
import dev.kiln.site.Site;
import dev.kiln.site.Summary;
import dev.kiln.site.Taxonomy;
import dev.kiln.site.Term;
import dev.kiln.site.TermRef;
import dev.kiln.site.UrlPath;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.ChronoZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The build's machine-readable outputs: the site's feeds and each category's, tag's and author's
 * (RSS at {@code rss.xml}, Atom at {@code atom.xml}, JSON Feed at {@code feed.json}, as
 * {@code feeds:} in kiln.yaml enables them), the sitemap and robots.txt, plus the feed links pages
 * advertise. Drafts and posts dated after {@code now} never appear, even in a build that shows them.
 */
public final class FeedOutputs {
    private final Site site;
    private final SiteConfig config;
    private final SiteConfig.FeedSettings settings;
    private final SiteUrls urls;
    private final Instant now;
    private static final String RSS = "rss.xml";
    private static final String ATOM = "atom.xml";
    private static final String JSON = "feed.json";
    /** Made when the feeds are: every page renderer has a FeedOutputs, and a rebuild of one page needs none of it. */
    private Map<UrlPath, Post> postsByUrl;

    /** Finds a content file's text, to point a warning at its line; empty when it cannot be read. */
    public interface SourceLookup {
        Optional<SourceText> find(SourcePath path);
    }

    public FeedOutputs(Site site, Instant now) {
        this.site = site;
        this.config = site.config();
        this.settings = config.feeds();
        this.urls = new SiteUrls(config.baseUrl());
        this.now = now;
    }

    /** The site-wide feeds, for every page's head. */
    public List<FeedLinkSpec> siteFeeds() {
        return links(UrlPath.ROOT, config.title());
    }

    /**
     * The feeds of one term, for its pages' head; only for a term with a syndicated post
     * ({@link Post#syndicated}), since no feed is written for another.
     */
    public List<FeedLinkSpec> termFeeds(String taxonomySingular, TermRef term) {
        if (settings.termFeeds() == SiteConfig.TermFeeds.OFF) return List.of();
        return links(term.url(), termTitle(taxonomySingular, term.name()));
    }

    /**
     * Every feed, the sitemap and robots.txt, written on {@code pool}; warnings for text the XML
     * formats cannot hold.
     */
    public List<OutputFile> generate(Diagnostics diagnostics, SourceLookup sources, ExecutorService pool) {
        // The sitemap needs nothing of the feeds: it is made beside them, as the first item of their
        // parallel list, rather than after them on one core (a tenth of a second at 10,000 posts).
        List<Supplier<List<OutputFile>>> work = new ArrayList<>();
        work.add(() -> new Sitemap(Sitemap.MAX_URLS, Sitemap.MAX_BYTES)
                .files(SitemapEntries.of(site.routes(), urls, this::isPublic), urls));
        if (settings.rss() || settings.atom() || settings.json()) {
            record Job(UrlPath folder, String title, String description, List<Post> posts, boolean full) {}
            List<Job> jobs = new ArrayList<>();
            List<Post> sitePosts = publicPosts(site.posts().stream().map(Post::summary).toList());
            jobs.add(new Job(UrlPath.ROOT, clean(config.title()), clean(config.description()), sitePosts,
                    settings.fullContent()));
            boolean termsFull = settings.termFeeds() == SiteConfig.TermFeeds.FULL;
            Map<UrlPath, Post> shown = new LinkedHashMap<>();
            Map<UrlPath, Post> shownFull = new LinkedHashMap<>();
            sitePosts.forEach(p -> shown.put(p.url(), p));
            if (settings.fullContent()) shownFull.putAll(shown);
            for (Taxonomy t : settings.termFeeds() == SiteConfig.TermFeeds.OFF ? List.<Taxonomy>of() : site.taxonomies()) {
                for (Term term : t.terms()) {
                    List<Post> posts = publicPosts(term.posts());
                    if (posts.isEmpty()) continue;
                    jobs.add(new Job(term.url(), clean(termTitle(t.singular(), term.name())), "", posts, termsFull));
                    posts.forEach(p -> shown.putIfAbsent(p.url(), p));
                    if (termsFull) posts.forEach(p -> shownFull.putIfAbsent(p.url(), p));
                }
            }
            // Full content is made (URLs made absolute, text cleaned) only for posts a full feed shows.
            FeedEntries entries = FeedEntries.make(factory(), shown.values(), shownFull.keySet(), pool);
            for (Job j : jobs) work.add(() -> feeds(j.folder(), j.title(), j.description(), entries.of(j.posts(), j.full())));
            entries.reportCleaned(diagnostics, sources, shown.values());
            reportCleanedConfig(diagnostics, sources);
        }
        List<List<OutputFile>> done = Parallel.map(pool, work, Supplier::get);
        // Feeds first, then the sitemap and robots.txt: the order they always went out in.
        List<OutputFile> out = new ArrayList<>();
        for (int i = 1; i < done.size(); i++) out.addAll(done.get(i));
        out.addAll(done.get(0));
        out.add(RobotsTxt.file(config.robots(), urls.permalink(new UrlPath("/sitemap.xml"))));
        return out;
    }

    private List<OutputFile> feeds(UrlPath folder, String title, String description, List<FeedEntry> entries) {
        String home = urls.permalink(folder);
        ZonedDateTime updated = entries.stream().map(FeedEntry::updated).max(FeedOutputs::byInstant)
                .orElse(ZonedDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC));
        FeedChannel channel = new FeedChannel(title, description, config.language(), home,
                urls.permalink(file(folder, RSS)), urls.permalink(file(folder, ATOM)), urls.permalink(file(folder, JSON)),
                clean(config.author().orElse("")), updated, entries);
        List<OutputFile> out = new ArrayList<>(3);
        if (settings.rss()) out.add(new OutputFile(file(folder, RSS).outputFile(), RssFeed.write(channel)));
        if (settings.atom()) out.add(new OutputFile(file(folder, ATOM).outputFile(), AtomFeed.write(channel)));
        if (settings.json()) out.add(new OutputFile(file(folder, JSON).outputFile(), JsonFeed.write(channel)));
        return out;
    }

    private List<FeedLinkSpec> links(UrlPath folder, String title) {
        List<FeedLinkSpec> out = new ArrayList<>(3);
        if (settings.rss()) out.add(new FeedLinkSpec(RssFeed.TYPE, title + " (RSS)", file(folder, RSS)));
        if (settings.atom()) out.add(new FeedLinkSpec(AtomFeed.TYPE, title + " (Atom)", file(folder, ATOM)));
        if (settings.json()) out.add(new FeedLinkSpec(JsonFeed.TYPE, title + " (JSON Feed)", file(folder, JSON)));
        return out;
    }

    private String termTitle(String singular, String term) {
        return config.title() + " \u2014 " + singular + ": " + term;
    }

    /** The newest {@code limit} posts that may be published, from a newest-first list. */
    private List<Post> publicPosts(List<Summary> summaries) {
        List<Post> out = new ArrayList<>(settings.limit());
        for (Summary s : summaries) {
            if (out.size() == settings.limit()) break;
            Post p = postsByUrl().get(s.url());
            if (p != null && p.syndicated(now)) out.add(p);
        }
        return out;
    }

    private synchronized Map<UrlPath, Post> postsByUrl() {
        if (postsByUrl == null) {
            postsByUrl = new java.util.HashMap<>();
            for (Post p : site.posts()) postsByUrl.put(p.url(), p);
        }
        return postsByUrl;
    }

    private boolean isPublic(Summary s) {
        Post p = postsByUrl().get(s.url());
        return (p == null || !p.draft()) && !s.date().toInstant().isAfter(now);
    }

    private EntryFactory factory() {
        Map<String, String> schemes = new LinkedHashMap<>();
        for (Taxonomy t : site.taxonomies()) schemes.put(t.key(), urls.permalink(t.url()));
        String fallback = config.author().orElse(config.title());
        return new EntryFactory(urls, new TagUri(config.baseUrl()), schemes, fallback);
    }

    private void reportCleanedConfig(Diagnostics diagnostics, SourceLookup sources) {
        if (XmlText.firstInvalid(config.title() + config.description() + config.author().orElse("")) < 0) return;
        CleanedText.warn(diagnostics, sources, dev.kiln.config.ConfigLoader.FILE, "the site's title, description or author");
    }

    private static UrlPath file(UrlPath folder, String name) {
        return new UrlPath(folder.value() + name);
    }

    private static int byInstant(ZonedDateTime a, ZonedDateTime b) {
        return ChronoZonedDateTime.timeLineOrder().compare(a, b);
    }

    private static String clean(String text) {
        return XmlText.clean(text);
    }
}
