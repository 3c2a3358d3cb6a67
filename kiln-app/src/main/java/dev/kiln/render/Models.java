package dev.kiln.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The records templates see, documented in docs/templates.md. URLs ({@code url}) are ready for
 * {@code href}: they include the base URL's path. {@code permalink}s are absolute. An absent value
 * is an empty string, an empty list or {@code null} (for neighbours), never an Optional, so that
 * templates can write {@code {% if post.updated is not null %}} (strict variables refuse a bare null).
 */
public final class Models {
    private Models() {}

    /** The site as every template sees it. {@code searchUrl} is empty when search is off. */
    public record SiteModel(String title, String description, String baseUrl, String language, String author,
                            String homeUrl, String archiveUrl, String stylesheet, List<LinkModel> taxonomies,
                            List<FeedLink> feeds, Map<String, Object> params, String searchUrl) {}

    /** A feed a page advertises: {@code type} is the MIME type. */
    public record FeedLink(String type, String title, String url) {}

    /** A link with a name and an optional count (taxonomy terms, taxonomies). */
    public record LinkModel(String name, String url, int count) {}

    /** What every page's head needs. {@code kind}: post, page, home, term, taxonomy, archive, 404, alias. */
    public record MetaModel(String kind, String title, String description, String url, String permalink,
                            String canonical, String image, boolean noindex, List<FeedLink> feeds) {}

    /** A post as lists show it. */
    public record SummaryModel(String title, String url, String permalink, ZonedDateTime date, ZonedDateTime updated,
                               String excerpt, List<LinkModel> categories, List<LinkModel> tags,
                               List<LinkModel> authors, int readingMinutes) {}

    /** One entry of a table of contents. */
    public record TocEntry(int level, String id, String text) {}

    /** A post page. {@code updated} is null unless the post was updated after its date. */
    public record PostModel(String title, String url, String permalink, ZonedDateTime date, ZonedDateTime updated,
                            String excerpt, SafeString content, List<TocEntry> toc, int readingMinutes,
                            int wordCount, List<LinkModel> categories, List<LinkModel> tags,
                            List<LinkModel> authors, String canonicalUrl, String image, Map<String, Object> params,
                            SummaryModel newer, SummaryModel older, List<SummaryModel> related) {}

    /** An undated page. */
    public record PageModel(String title, String url, String permalink, String description, SafeString content,
                            List<TocEntry> toc, String image, Map<String, Object> params) {}

    /** One page of a paginated list, with a window of numbered links around the current page. */
    public record PaginatorModel(int number, int totalPages, int totalItems, List<SummaryModel> items,
                                 String firstUrl, String lastUrl, String prevUrl, String nextUrl,
                                 List<PageLink> pages) {}

    /** A numbered pagination link; {@code gap} marks an ellipsis between windows. */
    public record PageLink(int number, String url, boolean current, boolean gap) {}

    /** A taxonomy's index page. */
    public record TaxonomyModel(String key, String title, String singular, String url, List<LinkModel> terms) {}

    /** A term page's heading data. */
    public record TermModel(String name, String url, String taxonomyTitle, String taxonomySingular,
                            String taxonomyUrl, int count) {}

    /** The archive: years with their months. */
    public record ArchiveModel(String url, List<YearModel> years) {}

    /** One year of the archive. {@code months} hold posts only on the year's own page. */
    public record YearModel(int year, String url, int count, List<MonthModel> months) {}

    /** One month; {@code name} in the site's language. */
    public record MonthModel(int year, int month, String name, int count, List<SummaryModel> posts) {}
}
