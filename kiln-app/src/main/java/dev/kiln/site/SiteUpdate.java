package dev.kiln.site;

import dev.kiln.content.Document;
import dev.kiln.content.DocumentKind;
import dev.kiln.markdown.RenderedMarkdown;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the next site from the previous one when a few documents changed in place (ARCHITECTURE §7,
 * "recompute only the models of routes touched by the changed summaries"): their bodies are
 * rendered again and their posts and pages replaced; where a post's summary changed (a title, an
 * excerpt, the reading time), the new summary takes the old one's place in every list, neighbour
 * and related link. Anything that would move a post — in the order, the pagination, the terms, the
 * archive, the URL table — is left to a full assembly, so the structure reused here is the one a
 * full assembly would make.
 */
final class SiteUpdate {
    /** More changed files than this (a checkout, a search-and-replace) render faster in parallel. */
    private static final int MAX_CHANGED = 16;

    private final SiteAssembler assembler;
    private final AssembledSite previous;
    private final SiteAssembler.Filter filter;

    SiteUpdate(SiteAssembler assembler, AssembledSite previous, SiteAssembler.Filter filter) {
        this.assembler = assembler;
        this.previous = previous;
        this.filter = filter;
    }

    Optional<AssembledSite> apply(List<Document> documents) {
        SiteAssembler.Filter before = previous.filter;
        if (!previous.clean || before.drafts() != filter.drafts() || before.future() != filter.future()
                || filter.now().isBefore(before.now())
                || previous.nextDue.filter(due -> !due.isAfter(filter.now())).isPresent()
                || documents.size() != previous.documents.size()) {
            return Optional.empty();
        }
        List<Document> changed = new ArrayList<>();
        for (Document d : documents) {
            Document old = previous.documents.get(d.source());
            if (old == null) return Optional.empty();
            if (old != d) changed.add(d);
        }
        if (changed.size() > MAX_CHANGED) return Optional.empty();

        Site site = previous.site();
        Post[] posts = site.posts().toArray(new Post[0]);
        Page[] pages = site.pages().toArray(new Page[0]);
        IdentityHashMap<Summary, Summary> replaced = new IdentityHashMap<>();
        Map<UrlPath, Route> ownRoutes = new HashMap<>();
        Placement placement = new Placement(site.config());
        for (Document doc : changed) {
            Document old = previous.documents.get(doc.source());
            boolean published = SiteAssembler.published(doc, filter);
            if (published != SiteAssembler.published(old, filter)) return Optional.empty();
            if (!published) continue; // in no list, and links to it stay broken the same way
            if (doc.frontMatter().draft() != old.frontMatter().draft()) return Optional.empty();
            Diagnostics problems = new Diagnostics();
            Optional<Placement.Placed> placed = placement.place(doc, problems);
            if (placed.isEmpty() || !problems.isEmpty()) return Optional.empty();
            // Images make variants part of the site. A body that shows exactly the images it showed
            // before leaves them as they were; any other change of images (and any front-matter
            // image, which makes a social-card variant) is left to a whole assembly.
            if (doc.frontMatter().image().isPresent() || old.frontMatter().image().isPresent()) {
                return Optional.empty();
            }
            RenderedMarkdown md = assembler.render(doc, previous.links, previous.images.resolverFor(doc.source()),
                    problems);
            if (!problems.isEmpty()) return Optional.empty();
            if ((!md.images().isEmpty() || old.body().contains("![")) && !sameImages(old, md)) return Optional.empty();
            if (doc.kind() == DocumentKind.POST) {
                Integer at = previous.postIndex.get(doc.source());
                if (at == null) return Optional.empty();
                Post was = posts[at];
                Post now = assembler.post(placed.get(), assembler.body(md), Optional.empty());
                if (!samePlace(now, was)) return Optional.empty();
                if (now.summary().equals(was.summary())) {
                    now = withSummary(now, was.summary());
                } else {
                    replaced.put(was.summary(), now.summary());
                }
                posts[at] = now;
            } else {
                Integer at = previous.pageIndex.get(doc.source());
                if (at == null) return Optional.empty();
                Page was = pages[at];
                Page now = assembler.page(placed.get(), assembler.body(md), Optional.empty());
                if (!now.url().equals(was.url()) || !now.aliases().equals(was.aliases())) return Optional.empty();
                pages[at] = now;
                ownRoutes.put(now.url(), new Route.PageRoute(now));
            }
        }

        Substitution substitution = new Substitution(replaced);
        Map<UrlPath, Post> changedPosts = new HashMap<>();
        for (Document doc : changed) {
            Integer at = previous.postIndex.get(doc.source());
            if (at != null && posts[at] != site.posts().get(at)) changedPosts.put(posts[at].url(), posts[at]);
        }
        Route[] routes = site.routes().toArray(new Route[0]);
        if (replaced.isEmpty()) {
            // Only the changed posts' and pages' own pages differ.
            for (Post p : changedPosts.values()) {
                Route.PostRoute r = (Route.PostRoute) routes[previous.routeIndex.get(p.url())];
                ownRoutes.put(p.url(), new Route.PostRoute(p, r.newer(), r.older(), r.related()));
            }
        } else {
            for (int i = 0; i < routes.length; i++) {
                Route r = routes[i];
                Post post = r instanceof Route.PostRoute p ? changedPosts.getOrDefault(p.url(), p.post()) : null;
                routes[i] = substitution.route(r, post);
            }
        }
        ownRoutes.forEach((url, route) -> routes[previous.routeIndex.get(url)] = route);

        List<Taxonomy> taxonomies = replaced.isEmpty() ? site.taxonomies()
                : site.taxonomies().stream().map(substitution::taxonomy).toList();
        Archive archive = replaced.isEmpty() ? site.archive() : substitution.archive(site.archive());
        Site next = new Site(site.config(), Arrays.asList(posts), Arrays.asList(pages), taxonomies, archive,
                Arrays.asList(routes), site.media());
        Map<SourcePath, Document> puts = new HashMap<>();
        for (Document d : changed) puts.put(d.source(), d);
        PatchedMap<SourcePath, Document> documentsNow = PatchedMap.of(previous.documents).with(puts, List.of());
        return Optional.of(new AssembledSite(next, filter, documentsNow, previous.links, previous.images, previous.postIndex,
                previous.pageIndex, previous.routeIndex, previous.nextDue, true));
    }

    /**
     * Whether {@code now} sits where {@code was} did: same URL and aliases (the route and link
     * tables), date (the order, pagination, archive, related posts) and terms (taxonomies, the
     * related posts). Title, excerpt, update date and reading time are free to change.
     */
    private static boolean samePlace(Post now, Post was) {
        Summary n = now.summary();
        Summary w = was.summary();
        return n.url().equals(w.url()) && now.aliases().equals(was.aliases()) && n.date().equals(w.date())
                && n.categories().equals(w.categories()) && n.tags().equals(w.tags())
                && n.authors().equals(w.authors());
    }

    private static Post withSummary(Post p, Summary summary) {
        return new Post(summary, p.body(), p.readable(), p.toc(), p.wordCount(), p.canonicalUrl(), p.aliases(), p.image(),
                p.draft(), p.params());
    }

    /** Whether {@code now} shows the images {@code old}'s body showed, rendering the old body again to know. */
    private boolean sameImages(Document old, RenderedMarkdown now) {
        RenderedMarkdown before = assembler.render(old, previous.links, previous.images.resolverFor(old.source()),
                new Diagnostics());
        return new java.util.HashSet<>(before.images()).equals(new java.util.HashSet<>(now.images()));
    }
}
