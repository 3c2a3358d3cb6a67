package dev.kiln.site;

import dev.kiln.content.Document;
import dev.kiln.source.SourcePath;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A site together with what {@link SiteAssembler#update} needs to make the next one from it
 * without assembling everything again: the documents it was made from, its link table, where each
 * post, page and route sits in its lists, and when the next future-dated post comes due.
 * Immutable; the maps are never changed after construction.
 */
public final class AssembledSite {
    private final Site site;
    final SiteAssembler.Filter filter;
    /** Every document the site was made from, published or not, by source. */
    final Map<SourcePath, Document> documents;
    final LinkTable links;
    /** How the site's images resolve; unchanged while no image or bundle file changes. */
    final ImageTable images;
    final Map<SourcePath, Integer> postIndex;
    final Map<SourcePath, Integer> pageIndex;
    final Map<UrlPath, Integer> routeIndex;
    /** The earliest post date after {@code filter.now()}: from then on, the site may have another post. */
    final Optional<Instant> nextDue;
    /** Whether assembling gave no diagnostic at all; only such a site is updated in place. */
    final boolean clean;

    AssembledSite(Site site, SiteAssembler.Filter filter, Map<SourcePath, Document> documents, LinkTable links,
                  ImageTable images,
                  Map<SourcePath, Integer> postIndex, Map<SourcePath, Integer> pageIndex,
                  Map<UrlPath, Integer> routeIndex, Optional<Instant> nextDue, boolean clean) {
        this.site = site;
        this.filter = filter;
        this.documents = documents;
        this.links = links;
        this.images = images;
        this.postIndex = postIndex;
        this.pageIndex = pageIndex;
        this.routeIndex = routeIndex;
        this.nextDue = nextDue;
        this.clean = clean;
    }

    public Site site() {
        return site;
    }
}
