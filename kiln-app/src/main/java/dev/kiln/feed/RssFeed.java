package dev.kiln.feed;

/**
 * RSS 2.0. An item's {@code guid} is its {@link TagUri} with {@code isPermaLink="false"}, so a
 * reader does not show a post twice when the base URL changes. {@code description} carries the
 * excerpt (HTML-escaped, as RSS reads it as HTML), {@code content:encoded} the full HTML, authors go
 * in {@code dc:creator} (RSS's own {@code author} must be an e-mail address), and a post with a
 * {@code canonical_url} links to the original with {@code <atom:link rel="via">}, as in Atom.
 */
final class RssFeed {
    static final String TYPE = "application/rss+xml";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private RssFeed() {}

    static byte[] write(FeedChannel c) {
        XmlDocument x = new XmlDocument();
        x.start("rss").attr("version", "2.0").namespace("atom", AtomFeed.NS).namespace("content", CONTENT)
                .namespace("dc", DC).newline();
        x.start("channel").newline();
        x.element("title", c.title());
        x.element("link", c.homeUrl());
        x.element("description", c.description().isEmpty() ? c.title() : c.description());
        x.element("language", c.language());
        x.element("generator", FeedChannel.GENERATOR);
        x.element("lastBuildDate", FeedDates.rfc822(c.updated()));
        x.emptyIn("atom", AtomFeed.NS, "link", "href", c.rssUrl(), "rel", "self", "type", TYPE);
        for (FeedEntry e : c.entries()) item(x, e);
        x.end().newline().end().newline();
        return x.finish();
    }

    private static void item(XmlDocument x, FeedEntry e) {
        x.start("item").newline();
        x.element("title", e.title());
        x.element("link", e.link());
        x.start("guid").attr("isPermaLink", "false").text(e.id()).end().newline();
        x.element("pubDate", FeedDates.rfc822(e.published()));
        for (FeedEntry.Person p : e.authors()) x.start("dc", "creator", DC).text(p.name()).end().newline();
        for (FeedEntry.Category k : e.categories()) x.start("category").attr("domain", k.scheme()).text(k.name()).end().newline();
        x.element("description", escapeHtml(e.summary()));
        if (!e.contentHtml().isEmpty()) x.start("content", "encoded", CONTENT).text(e.contentHtml()).end().newline();
        e.original().ifPresent(o -> x.emptyIn("atom", AtomFeed.NS, "link", "rel", "via", "href", o));
        x.end().newline();
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
