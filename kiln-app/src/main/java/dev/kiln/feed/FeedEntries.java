package dev.kiln.feed;

import dev.kiln.site.Post;
import dev.kiln.site.UrlPath;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entries made once per post and shared by every feed that shows it (a post is in the site's feeds
 * and in each of its terms'), with the posts whose text had to be cleaned, to warn about once each.
 */
final class FeedEntries {
    private final EntryFactory factory;
    private final Map<UrlPath, FeedEntry> made = new LinkedHashMap<>();
    private final Set<SourcePath> cleaned = new LinkedHashSet<>();

    FeedEntries(EntryFactory factory) {
        this.factory = factory;
    }

    List<FeedEntry> of(List<Post> posts) {
        List<FeedEntry> out = new ArrayList<>(posts.size());
        for (Post p : posts) out.add(made.computeIfAbsent(p.url(), u -> make(p)));
        return out;
    }

    private FeedEntry make(Post p) {
        EntryFactory.Made m = factory.make(p);
        if (m.cleaned()) cleaned.add(p.summary().source());
        return m.entry();
    }

    void reportCleaned(Diagnostics diagnostics, FeedOutputs.SourceLookup sources) {
        for (SourcePath file : cleaned) CleanedText.warn(diagnostics, sources, file, "this post");
    }
}
