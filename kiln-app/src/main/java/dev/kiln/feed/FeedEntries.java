package dev.kiln.feed;

import dev.kiln.parallel.Parallel;
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
        Map<UrlPath, Post> unique = new LinkedHashMap<>();
        for (Post p : posts) unique.putIfAbsent(p.url(), p);
        List<Post> each = List.copyOf(unique.values());
        List<EntryFactory.Made> entries = Parallel.map(pool, each, p -> factory.make(p, withContent.contains(p.url())));
        Map<UrlPath, EntryFactory.Made> made = new LinkedHashMap<>();
        for (int i = 0; i < each.size(); i++) made.put(each.get(i).url(), entries.get(i));
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
