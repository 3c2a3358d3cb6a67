package dev.kiln.feed;

/**
 * Atom 1.0 (RFC 4287). The feed's id is its own URL; an entry's id is its {@link TagUri}. Content
 * goes out as escaped HTML ({@code type="html"}), the excerpt as a text summary, and a post with a
 * {@code canonical_url} links to the original with {@code rel="via"} (RFC 4287 §4.2.7.2: the
 * source of the information), keeping its alternate link on this site.
 */
final class AtomFeed {
    static final String NS = "http://www.w3.org/2005/Atom";
    static final String TYPE = "application/atom+xml";

    private AtomFeed() {}

    static byte[] write(FeedChannel c) {
        XmlDocument x = new XmlDocument();
        x.start("feed").defaultNamespace(NS).xmlLang(c.language()).newline();
        x.start("title").attr("type", "text").text(c.title()).end().newline();
        if (!c.description().isEmpty()) x.start("subtitle").attr("type", "text").text(c.description()).end().newline();
        x.empty("link", "rel", "self", "type", TYPE, "href", c.atomUrl());
        x.empty("link", "rel", "alternate", "type", "text/html", "href", c.homeUrl());
        x.element("id", c.atomUrl());
        x.element("updated", FeedDates.rfc3339(c.updated()));
        if (!c.author().isEmpty()) x.start("author").element("name", c.author()).end().newline();
        x.element("generator", FeedChannel.GENERATOR);
        for (FeedEntry e : c.entries()) entry(x, e);
        x.end().newline();
        return x.finish();
    }

    private static void entry(XmlDocument x, FeedEntry e) {
        x.start("entry").newline();
        x.start("title").attr("type", "text").text(e.title()).end().newline();
        x.empty("link", "rel", "alternate", "type", "text/html", "href", e.link());
        e.original().ifPresent(o -> x.empty("link", "rel", "via", "href", o));
        x.element("id", e.id());
        x.element("published", FeedDates.rfc3339(e.published()));
        x.element("updated", FeedDates.rfc3339(e.updated()));
        for (FeedEntry.Person p : e.authors()) {
            x.start("author").newline().element("name", p.name());
            if (!p.url().isEmpty()) x.element("uri", p.url());
            x.end().newline();
        }
        for (FeedEntry.Category k : e.categories()) x.empty("category", "term", k.name(), "scheme", k.scheme());
        if (!e.summary().isEmpty() || e.contentHtml().isEmpty()) {
            x.start("summary").attr("type", "text").text(e.summary()).end().newline();
        }
        if (!e.contentHtml().isEmpty()) x.start("content").attr("type", "html").text(e.contentHtml()).end().newline();
        x.end().newline();
    }
}
