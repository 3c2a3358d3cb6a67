package dev.kiln.feed;

import dev.kiln.site.Post;
import dev.kiln.site.Summary;
import dev.kiln.site.TermRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a post into its feed entry, once per post however many feeds show it. */
final class EntryFactory {
    private final SiteUrls urls;
    private final ContentUrls content;
    private final TagUri ids;
    private final Map<String, String> taxonomySchemes;
    private final String fallbackAuthor;

    /**
     * @param taxonomySchemes absolute URL of each taxonomy's index by key ({@code tags}…); terms of
     *                        a taxonomy the site does not publish are left out
     * @param fallbackAuthor  the name an entry carries when its post names no author
     */
    EntryFactory(SiteUrls urls, TagUri ids, Map<String, String> taxonomySchemes, String fallbackAuthor) {
        this.urls = urls;
        this.content = new ContentUrls(urls);
        this.ids = ids;
        this.taxonomySchemes = Map.copyOf(taxonomySchemes);
        this.fallbackAuthor = fallbackAuthor;
    }

    /** The entry, and whether text had to be cleaned of characters XML cannot hold. */
    record Made(FeedEntry entry, boolean cleaned) {}

    /** The entry of {@code post}, with its full HTML if {@code fullContent}. */
    Made make(Post post, boolean fullContent) {
        Summary s = post.summary();
        Cleaner clean = new Cleaner();
        String link = urls.permalink(s.url());
        List<FeedEntry.Person> authors = new ArrayList<>();
        String authorScheme = taxonomySchemes.get("authors");
        for (TermRef a : s.authors()) {
            authors.add(new FeedEntry.Person(clean.text(a.name()), authorScheme == null ? "" : urls.permalink(a.url())));
        }
        if (authors.isEmpty()) authors.add(new FeedEntry.Person(clean.text(fallbackAuthor), ""));
        List<FeedEntry.Category> categories = new ArrayList<>();
        addTerms(categories, s.categories(), taxonomySchemes.get("categories"), clean);
        addTerms(categories, s.tags(), taxonomySchemes.get("tags"), clean);
        String html = fullContent ? clean.text(content.absolutize(post.html(), link)) : "";
        FeedEntry entry = new FeedEntry(ids.forPost(s.source(), s.date()), clean.text(s.title()), link, s.date(),
                s.lastModified(), authors, categories, clean.text(s.excerpt()), html,
                post.canonicalUrl().map(clean::text));
        return new Made(entry, clean.changed);
    }

    private static void addTerms(List<FeedEntry.Category> out, List<TermRef> terms, String scheme, Cleaner clean) {
        if (scheme == null) return;
        for (TermRef t : terms) out.add(new FeedEntry.Category(clean.text(t.name()), scheme));
    }

    /** Cleans text for XML and remembers whether anything was removed. */
    private static final class Cleaner {
        private boolean changed;

        String text(String s) {
            String c = XmlText.clean(s);
            if (c != s) changed = true;
            return c;
        }
    }
}
