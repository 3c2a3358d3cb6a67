package dev.kiln.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * JSON Feed 1.1. Item ids are the same {@link TagUri}s as in Atom and RSS; categories and tags
 * both become {@code tags}; a post with a {@code canonical_url} names the original in
 * {@code external_url}. Without full content an item carries its excerpt as {@code content_text},
 * since the format requires one of the two content fields.
 */
final class JsonFeed {
    static final String TYPE = "application/feed+json";
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeed() {}

    static byte[] write(FeedChannel c) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", VERSION);
        feed.put("title", c.title());
        feed.put("home_page_url", c.homeUrl());
        feed.put("feed_url", c.jsonUrl());
        if (!c.description().isEmpty()) feed.put("description", c.description());
        if (!c.author().isEmpty()) feed.put("authors", List.of(Map.of("name", c.author())));
        feed.put("language", c.language());
        List<Object> items = new ArrayList<>(c.entries().size());
        for (FeedEntry e : c.entries()) items.add(item(e));
        feed.put("items", items);
        return JsonOut.write(feed).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> item(FeedEntry e) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", e.id());
        item.put("url", e.link());
        e.original().ifPresent(o -> item.put("external_url", o));
        item.put("title", e.title());
        if (e.contentHtml().isEmpty()) item.put("content_text", e.summary());
        else item.put("content_html", e.contentHtml());
        if (!e.summary().isEmpty()) item.put("summary", e.summary());
        item.put("date_published", FeedDates.rfc3339(e.published()));
        item.put("date_modified", FeedDates.rfc3339(e.updated()));
        List<Object> authors = new ArrayList<>();
        for (FeedEntry.Person p : e.authors()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", p.name());
            if (!p.url().isEmpty()) a.put("url", p.url());
            authors.add(a);
        }
        item.put("authors", authors);
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (FeedEntry.Category k : e.categories()) tags.add(k.name());
        if (!tags.isEmpty()) item.put("tags", new ArrayList<>(tags));
        return item;
    }
}
