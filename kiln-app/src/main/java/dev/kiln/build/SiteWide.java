package dev.kiln.build;

import dev.kiln.feed.FeedOutputs;
import dev.kiln.output.OutputFile;
import dev.kiln.render.PageRenderer;
import dev.kiln.render.Templates;
import dev.kiln.search.SearchIndexer;
import dev.kiln.site.Site;
import dev.kiln.site.UrlPath;
import dev.kiln.source.Diagnostics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The outputs made from the whole site rather than from one route — feeds, sitemap, robots.txt,
 * the search index — and the page renderer that links to them. One place, shared by
 * {@link Builder} and {@link Rebuilder}, so that both make the same site.
 */
final class SiteWide {
    private final Site site;
    private final FeedOutputs feeds;
    private final Path siteRoot;

    SiteWide(Site site, Instant now, Path siteRoot) {
        this.site = site;
        this.feeds = new FeedOutputs(site, now);
        this.siteRoot = siteRoot;
    }

    Site site() {
        return site;
    }

    /** The page renderer, advertising the site's and each term's feeds. */
    PageRenderer pages(Templates templates, Assets assets) {
        return new PageRenderer(templates, site, new UrlPath("/" + assets.stylesheetPath()), feeds.siteFeeds(),
                feeds::termFeeds);
    }

    /** Feeds, sitemap and robots.txt; warnings (e.g. characters XML cannot hold) go to {@code diagnostics}. */
    List<OutputFile> feeds(Diagnostics diagnostics, ExecutorService executor) {
        return feeds.generate(diagnostics, path -> Builder.readSource(siteRoot, path), executor);
    }

    /** The search index's files at once (none when search is off), analysed in parallel on {@code executor}. */
    List<OutputFile> searchFiles(ExecutorService executor) {
        return new SearchIndexer(executor).index(site);
    }
}
