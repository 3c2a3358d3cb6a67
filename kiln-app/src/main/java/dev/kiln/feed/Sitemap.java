package dev.kiln.feed;

import dev.kiln.output.OutputFile;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sitemap (sitemaps.org 0.9). One {@code sitemap.xml} while it holds at most 50,000 URLs and
 * 50 MB; beyond either limit the URLs go into {@code sitemap-1.xml}, {@code sitemap-2.xml}… and
 * {@code sitemap.xml} becomes the index of those files, so crawlers and robots.txt keep one address.
 */
final class Sitemap {
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final int MAX_URLS = 50_000;
    static final long MAX_BYTES = 50L * 1024 * 1024;
    // Room for the XML declaration, the root element and a URL's tags around its loc and lastmod.
    private static final int DOCUMENT_OVERHEAD = 200;
    private static final int URL_OVERHEAD = 100;

    /** A page: its absolute, percent-encoded URL and when it last changed, if known. */
    record Url(String loc, Optional<ZonedDateTime> lastmod) {}

    private final int maxUrls;
    private final long maxBytes;

    Sitemap(int maxUrls, long maxBytes) {
        this.maxUrls = maxUrls;
        this.maxBytes = maxBytes;
    }

    /** {@code sitemap.xml}, and the files it indexes when the URLs do not fit in one. */
    List<OutputFile> files(List<Url> urls, SiteUrls site) {
        List<List<Url>> chunks = chunks(urls);
        if (chunks.size() == 1) return List.of(new OutputFile("sitemap.xml", urlSet(chunks.get(0))));
        List<OutputFile> out = new ArrayList<>();
        XmlDocument index = new XmlDocument();
        index.start("sitemapindex").defaultNamespace(NS).newline();
        for (int i = 0; i < chunks.size(); i++) {
            String name = "sitemap-" + (i + 1) + ".xml";
            out.add(new OutputFile(name, urlSet(chunks.get(i))));
            index.start("sitemap").newline().element("loc", site.permalink(new dev.kiln.site.UrlPath("/" + name)));
            chunks.get(i).stream().map(Url::lastmod).flatMap(Optional::stream).max(ZonedDateTime::compareTo)
                    .ifPresent(t -> index.element("lastmod", FeedDates.rfc3339(t)));
            index.end().newline();
        }
        index.end().newline();
        out.add(0, new OutputFile("sitemap.xml", index.finish()));
        return out;
    }

    private List<List<Url>> chunks(List<Url> urls) {
        List<List<Url>> chunks = new ArrayList<>();
        List<Url> current = new ArrayList<>();
        long bytes = DOCUMENT_OVERHEAD;
        for (Url u : urls) {
            long size = URL_OVERHEAD + u.loc().getBytes(StandardCharsets.UTF_8).length;
            if (!current.isEmpty() && (current.size() == maxUrls || bytes + size > maxBytes)) {
                chunks.add(current);
                current = new ArrayList<>();
                bytes = DOCUMENT_OVERHEAD;
            }
            current.add(u);
            bytes += size;
        }
        chunks.add(current);
        return chunks;
    }

    private static byte[] urlSet(List<Url> urls) {
        XmlDocument x = new XmlDocument();
        x.start("urlset").defaultNamespace(NS).newline();
        for (Url u : urls) {
            x.start("url").newline().element("loc", u.loc());
            u.lastmod().ifPresent(t -> x.element("lastmod", FeedDates.rfc3339(t)));
            x.end().newline();
        }
        x.end().newline();
        return x.finish();
    }
}
