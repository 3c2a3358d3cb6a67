package dev.kiln.render;

import dev.kiln.config.SiteConfig;
import dev.kiln.output.OutputFile;
import dev.kiln.render.Models.FeedLink;
import dev.kiln.render.Models.LinkModel;
import dev.kiln.render.Models.MetaModel;
import dev.kiln.render.Models.PageModel;
import dev.kiln.render.Models.PostModel;
import dev.kiln.render.Models.SiteModel;
import dev.kiln.render.Models.TaxonomyModel;
import dev.kiln.render.Models.TermModel;
import dev.kiln.site.Page;
import dev.kiln.site.Post;
import dev.kiln.site.Route;
import dev.kiln.site.Site;
import dev.kiln.site.Summary;
import dev.kiln.site.Taxonomy;
import dev.kiln.site.UrlPath;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders one route to its HTML file: picks the template for the route's kind (one name per kind,
 * no fallback chains) and builds its context from the route's model.
 */
public final class PageRenderer {
    private final Templates templates;
    private final ModelFactory models;
    private final SiteModel siteModel;
    private final String siteTitle;
    private final TermFeeds termFeeds;

    /**
     * @param stylesheet the site-relative URL of the theme's fingerprinted stylesheet
     * @param feeds the site-wide feeds the build writes, advertised in every page's head
     */
    public PageRenderer(Templates templates, Site site, UrlPath stylesheet, List<FeedLinkSpec> feeds) {
        this(templates, site, stylesheet, feeds, (singular, term) -> List.of());
    }

    /** @param termFeeds the feeds of a taxonomy term, advertised on its pages besides the site's */
    public PageRenderer(Templates templates, Site site, UrlPath stylesheet, List<FeedLinkSpec> feeds,
                        TermFeeds termFeeds) {
        SiteConfig config = site.config();
        this.templates = templates;
        this.termFeeds = termFeeds;
        this.models = new ModelFactory(config);
        this.siteTitle = config.title();
        List<LinkModel> taxonomies = site.taxonomies().stream()
                .map(t -> new LinkModel(t.title(), models.href(t.url()), t.terms().size())).toList();
        this.siteModel = new SiteModel(config.title(), config.description(), config.baseUrl(), config.language(),
                config.author().orElse(""), models.href(UrlPath.ROOT), models.href(site.archive().url()),
                models.href(stylesheet), taxonomies, feedLinks(feeds), config.params(),
                site.routes().stream().filter(r -> r instanceof Route.SearchRoute).findFirst()
                        .map(r -> models.href(r.url())).orElse(""));
    }

    /** What every page of the site sees besides its own route: when it changes, every page must be re-rendered. */
    public SiteModel siteModel() {
        return siteModel;
    }

    /** A feed to advertise: its MIME type, a title and its URL path. */
    public record FeedLinkSpec(String type, String title, UrlPath url) {}

    /** The feeds of one term of a taxonomy (named by its singular, e.g. "Tag") that has syndicated posts. */
    public interface TermFeeds {
        List<FeedLinkSpec> of(String taxonomySingular, dev.kiln.site.TermRef term);
    }

    private List<FeedLink> feedLinks(List<FeedLinkSpec> feeds) {
        return feeds.stream().map(f -> new FeedLink(f.type(), f.title(), models.permalink(f.url()))).toList();
    }

    /** The HTML file of {@code route}. */
    public OutputFile render(Route route) throws Templates.TemplateError {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("site", siteModel);
        String template = fill(route, context);
        return OutputFile.adopting(route.url().outputFile(), templates.renderUtf8(template, context));
    }

    /** Puts the route's variables into {@code context}; returns the template name. */
    private String fill(Route route, Map<String, Object> c) {
        if (route instanceof Route.PostRoute r) {
            Post p = r.post();
            Summary s = p.summary();
            String canonical = p.canonicalUrl().orElse(models.permalink(p.url()));
            c.put("meta", meta("post", s.title(), s.excerpt(), p.url(), canonical, p.image().orElse(""), false));
            c.put("post", new PostModel(s.title(), models.href(p.url()), models.permalink(p.url()), s.date(),
                    s.updated().filter(u -> u.isAfter(s.date())).orElse(null), s.excerpt(), new Utf8Html(p.body()),
                    ModelFactory.toc(p.toc()), s.readingMinutes(), p.wordCount(), models.links(s.categories()),
                    models.links(s.tags()), models.links(s.authors()), p.canonicalUrl().orElse(""),
                    p.image().orElse(""), p.params(), models.summary(r.newer().orElse(null)),
                    models.summary(r.older().orElse(null)), models.summaries(r.related())));
            return "post.html";
        }
        if (route instanceof Route.PageRoute r) {
            Page p = r.page();
            c.put("meta", meta("page", p.title(), p.description(), p.url(), models.permalink(p.url()),
                    p.image().orElse(""), false));
            c.put("page", new PageModel(p.title(), models.href(p.url()), models.permalink(p.url()), p.description(),
                    new SafeString(p.html()), ModelFactory.toc(p.toc()), p.image().orElse(""), p.params()));
            return "page.html";
        }
        if (route instanceof Route.HomeRoute r) {
            String title = r.pager().number() == 1 ? siteTitle : siteTitle + " — page " + r.pager().number();
            c.put("meta", meta("home", title, siteModel.description(), r.url(), models.permalink(r.url()), "", false));
            c.put("paginator", models.paginator(r.pager()));
            return "list.html";
        }
        if (route instanceof Route.TermRoute r) {
            String title = r.taxonomySingular() + ": " + r.term().name()
                    + (r.pager().number() == 1 ? "" : " — page " + r.pager().number());
            int count = r.pager().totalItems();
            c.put("meta", new MetaModel("term", title, count + " posts", models.href(r.url()),
                    models.permalink(r.url()), models.permalink(r.url()), "", false,
                    r.syndicated() ? feedLinks(termFeeds.of(r.taxonomySingular(), r.term())) : List.of()));
            c.put("term", new TermModel(r.term().name(), models.href(r.term().url()), r.taxonomyTitle(),
                    r.taxonomySingular(), models.href(UrlPath.of(r.taxonomyKey())), count));
            c.put("paginator", models.paginator(r.pager()));
            return "term.html";
        }
        if (route instanceof Route.TaxonomyRoute r) {
            Taxonomy t = r.taxonomy();
            c.put("meta", meta("taxonomy", t.title(), t.terms().size() + " " + t.title().toLowerCase(java.util.Locale.ROOT),
                    r.url(), models.permalink(r.url()), "", false));
            c.put("taxonomy", new TaxonomyModel(t.key(), t.title(), t.singular(), models.href(t.url()),
                    t.terms().stream().map(term -> new LinkModel(term.name(), models.href(term.url()),
                            term.posts().size())).toList()));
            return "taxonomy.html";
        }
        if (route instanceof Route.ArchiveRoute r) {
            c.put("meta", meta("archive", "Archive", "Every post by year and month", r.url(),
                    models.permalink(r.url()), "", false));
            c.put("archive", models.archive(r.archive()));
            return "archive.html";
        }
        if (route instanceof Route.ArchiveYearRoute r) {
            c.put("meta", meta("archive", "Archive " + r.year().year(), r.year().count() + " posts from " + r.year().year(),
                    r.url(), models.permalink(r.url()), "", false));
            c.put("year", models.year(r.year()));
            return "archive-year.html";
        }
        if (route instanceof Route.AliasRoute r) {
            c.put("meta", meta("alias", "Moved", "", r.url(), models.permalink(r.target()), "", true));
            c.put("target", models.href(r.target()));
            c.put("target_permalink", models.permalink(r.target()));
            return "alias.html";
        }
        if (route instanceof Route.SearchRoute r) {
            c.put("meta", meta("search", "Search", "Search " + siteTitle, r.url(), models.permalink(r.url()), "", true));
            return "search.html";
        }
        if (route instanceof Route.NotFoundRoute r) {
            c.put("meta", meta("404", "Page not found", "", r.url(), models.permalink(r.url()), "", true));
            return "404.html";
        }
        throw new IllegalStateException("no template for " + route.getClass().getSimpleName());
    }

    private MetaModel meta(String kind, String title, String description, UrlPath url, String canonical,
                           String image, boolean noindex) {
        return new MetaModel(kind, title, description, models.href(url), models.permalink(url), canonical, image,
                noindex, List.of());
    }
}
