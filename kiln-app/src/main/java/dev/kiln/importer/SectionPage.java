package dev.kiln.importer;

import dev.kiln.content.DocumentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Hugo's and Zola's section index files ({@code _index.md}) become: a page at the section's
 * URL, with the section folder's files beside it — except the home page's and a list of posts
 * without text of its own, which Kiln's home and archive pages replace (each reported).
 */
final class SectionPage {
    private SectionPage() {}

    /**
     * Whether the section index {@code e} becomes a page; when not, says why in {@code report}.
     * {@code posts} is whether the section holds posts; {@code url} its URL in the old site.
     */
    static boolean kept(ContentTree.Entry e, ForeignDoc doc, boolean posts, String url, ImportReport report) {
        boolean hasText = !doc.body().isBlank();
        if (e.dir().isEmpty()) {
            if (hasText) report.at(doc, doc.body(), 0, "home page text not imported: Kiln's home page lists the posts",
                    "move the text into a page such as content/about.md, or into a template");
            return false;
        }
        if (posts && !hasText) {
            report.file(e.file(), "list of posts " + url + " not kept: Kiln lists posts on / and /archive/",
                    "link to /archive/ instead");
            return false;
        }
        return true;
    }

    /** Where the page goes: beside the section's posts folder, or as the index of its own folder. */
    static String dest(ContentTree.Entry e, boolean posts) {
        String dest = posts ? "content/" + e.dir() + ".md" : "content/" + e.dir() + "/index.md";
        return dest.startsWith("content/posts/") ? "content/posts-section/" + dest.substring("content/posts/".length()) : dest;
    }

    /** The planned page, with the section folder's files copied beside it. */
    static Optional<Planned> planned(ContentTree.Entry e, ForeignDoc doc, String dest, Map<String, Object> front,
                                     List<String> oldUrls) {
        List<Planned.Copy> resources = new ArrayList<>();
        String destDir = dest.substring(0, dest.lastIndexOf('/'));
        for (String res : e.resources()) resources.add(new Planned.Copy(res, destDir + "/" + res.substring(res.lastIndexOf('/') + 1)));
        return Optional.of(new Planned(doc, DocumentKind.PAGE, dest, front, Optional.empty(), ImportNames.last(e.dir()),
                Optional.empty(), oldUrls, resources));
    }
}
