package dev.kiln.feed;

import dev.kiln.site.Post;
import dev.kiln.site.UrlPath;
import dev.kiln.source.Diagnostics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Entries made once per post, in parallel, and shared by every feed that shows the post (the site's
 * and each of its terms'); remembers which posts had text cleaned, to warn about each once.
 */
final class FeedEntries {
    private final Map<UrlPath, EntryFactory.Made> made;

    private FeedEntries(Map<UrlPath, EntryFactory.Made> made) {
        this.made = made;
    }

    /** Entries of {@code posts}, with their full content for those in {@code withContent}. */
    static FeedEntries make(EntryFactory factory, Collection<Post> posts, Set<UrlPath> withContent,
                            ExecutorService pool) {
        Map<UrlPath, Future<EntryFactory.Made>> futures = new LinkedHashMap<>();
        for (Post p : posts) {
            futures.computeIfAbsent(p.url(), u -> pool.submit(() -> factory.make(p, withContent.contains(u))));
        }
        Map<UrlPath, EntryFactory.Made> made = new LinkedHashMap<>();
        futures.forEach((url, f) -> made.put(url, Parallel.join(f)));
        return new FeedEntries(made);
    }

    /** The entries of {@code posts}; without their content unless {@code full}. */
    List<FeedEntry> of(List<Post> posts, boolean full) {
        List<FeedEntry> out = new ArrayList<>(posts.size());
        for (Post p : posts) {
            FeedEntry e = made.get(p.url()).entry();
            out.add(full ? e : e.withoutContent());
        }
        return out;
    }

    void reportCleaned(Diagnostics diagnostics, FeedOutputs.SourceLookup sources, Collection<Post> posts) {
        for (Post p : posts) {
            EntryFactory.Made m = made.get(p.url());
            if (m != null && m.cleaned()) CleanedText.warn(diagnostics, sources, p.summary().source(), "this post");
        }
    }
}
