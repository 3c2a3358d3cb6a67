package dev.kiln.render;

import dev.kiln.config.SiteConfig;
import dev.kiln.markdown.Heading;
import dev.kiln.render.Models.ArchiveModel;
import dev.kiln.render.Models.LinkModel;
import dev.kiln.render.Models.MonthModel;
import dev.kiln.render.Models.PageLink;
import dev.kiln.render.Models.PaginatorModel;
import dev.kiln.render.Models.SummaryModel;
import dev.kiln.render.Models.TocEntry;
import dev.kiln.render.Models.YearModel;
import dev.kiln.site.Archive;
import dev.kiln.site.Pager;
import dev.kiln.site.Summary;
import dev.kiln.site.TermRef;
import dev.kiln.site.UrlPath;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Turns site values into template models: URLs with the base path, dates, neighbour links. */
final class ModelFactory {
    private static final int PAGER_WINDOW = 2;

    private final SiteConfig config;
    private final String basePath;
    private final Locale locale;

    ModelFactory(SiteConfig config) {
        this.config = config;
        this.basePath = config.basePath();
        this.locale = Locale.forLanguageTag(config.language());
    }

    String href(UrlPath url) {
        return basePath + url.value().substring(1);
    }

    String permalink(UrlPath url) {
        return config.baseUrl() + url.value().substring(1);
    }

    SummaryModel summary(Summary s) {
        if (s == null) return null;
        return new SummaryModel(s.title(), href(s.url()), permalink(s.url()), s.date(),
                s.updated().filter(u -> u.isAfter(s.date())).orElse(null), s.excerpt(),
                links(s.categories()), links(s.tags()), links(s.authors()), s.readingMinutes());
    }

    List<SummaryModel> summaries(List<Summary> list) {
        List<SummaryModel> out = new ArrayList<>(list.size());
        for (Summary s : list) out.add(summary(s));
        return out;
    }

    List<LinkModel> links(List<TermRef> refs) {
        return refs.stream().map(r -> new LinkModel(r.name(), href(r.url()), 0)).toList();
    }

    static List<TocEntry> toc(List<Heading> headings) {
        return headings.stream().map(h -> new TocEntry(h.level(), h.id(), h.text())).toList();
    }

    PaginatorModel paginator(Pager p) {
        List<PageLink> links = new ArrayList<>();
        int last = p.totalPages();
        TreeSet<Integer> shown = new TreeSet<>(List.of(1, last));
        for (int n = Math.max(1, p.number() - PAGER_WINDOW); n <= Math.min(last, p.number() + PAGER_WINDOW); n++) {
            shown.add(n);
        }
        int previous = 0;
        for (int n : shown) {
            if (previous != 0 && n > previous + 1) links.add(new PageLink(0, "", false, true));
            links.add(new PageLink(n, href(p.urlOf(n)), n == p.number(), false));
            previous = n;
        }
        return new PaginatorModel(p.number(), last, p.totalItems(), summaries(p.items()),
                href(p.urlOf(1)), href(p.urlOf(last)),
                p.number() > 1 ? href(p.urlOf(p.number() - 1)) : "",
                p.number() < last ? href(p.urlOf(p.number() + 1)) : "", links);
    }

    ArchiveModel archive(Archive archive) {
        List<YearModel> years = new ArrayList<>();
        for (Archive.Year y : archive.years()) {
            List<MonthModel> months = y.months().stream()
                    .map(m -> new MonthModel(m.year(), m.month(), monthName(m.month()), m.posts().size(), List.of()))
                    .toList();
            years.add(new YearModel(y.year(), href(y.url()), y.count(), months));
        }
        return new ArchiveModel(href(archive.url()), years);
    }

    YearModel year(Archive.Year y) {
        List<MonthModel> months = y.months().stream()
                .map(m -> new MonthModel(m.year(), m.month(), monthName(m.month()), m.posts().size(),
                        summaries(m.posts())))
                .toList();
        return new YearModel(y.year(), href(y.url()), y.count(), months);
    }

    private String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }
}
