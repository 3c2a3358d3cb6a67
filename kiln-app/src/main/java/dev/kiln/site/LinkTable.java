package dev.kiln.site;

import dev.kiln.markdown.LinkResolver;
import dev.kiln.markdown.Broken;
import dev.kiln.markdown.Resolution;
import dev.kiln.markdown.Rewrite;
import dev.kiln.source.SourcePath;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

/**
 * Resolves relative links between Markdown files ({@code ../other.md}) to the target's URL,
 * relative to the linking file's folder. Links to unpublished or missing files are broken.
 */
final class LinkTable {
    private final Map<SourcePath, UrlPath> published;
    private final Set<SourcePath> unpublished;
    private final String basePath;

    LinkTable(Map<SourcePath, UrlPath> published, Set<SourcePath> unpublished, String basePath) {
        this.published = Map.copyOf(published);
        this.unpublished = Set.copyOf(unpublished);
        this.basePath = basePath;
    }

    /** The resolver for links that appear in {@code from}. */
    LinkResolver resolverFor(SourcePath from) {
        return destination -> resolve(from, destination);
    }

    private Resolution resolve(SourcePath from, String destination) {
        // The Markdown renderer hands over the path already percent-decoded, without its fragment.
        SourcePath target = normalise(from.parent(), destination);
        if (target == null) {
            return new Broken("the link \"" + destination + "\" points outside the site",
                    "link to another file in content/, e.g. other-post.md or ../pages/about.md");
        }
        UrlPath url = published.get(target);
        if (url != null) return new Rewrite(basePath + url.value().substring(1));
        if (unpublished.contains(target)) {
            return new Broken("the link \"" + destination + "\" points to " + target
                    + ", which is a draft or dated in the future and is not published",
                    "publish the target, remove the link, or build with --drafts / --future");
        }
        return new Broken("the link \"" + destination + "\" points to " + target + ", which does not exist",
                "check the file name; links are relative to the folder of the file that has them");
    }

    private static SourcePath normalise(String folder, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        if (!relative.startsWith("/") && !folder.isEmpty()) {
            for (String s : folder.split("/")) parts.addLast(s);
        }
        for (String s : relative.split("/")) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(s);
            }
        }
        if (parts.isEmpty()) return null;
        if (relative.startsWith("/") && !"content".equals(parts.peekFirst())) parts.addFirst("content");
        try {
            return new SourcePath(String.join("/", parts));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
