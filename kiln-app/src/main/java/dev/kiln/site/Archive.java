package dev.kiln.site;

import java.util.List;

/** Posts by year and month, newest first: the archive index at {@code /archive/} and one page per year. */
public record Archive(UrlPath url, List<Year> years) {
    public Archive {
        years = List.copyOf(years);
    }

    /** One year of posts, its page, and its months newest first. */
    public record Year(int year, UrlPath url, List<Month> months) {
        public Year {
            months = List.copyOf(months);
        }

        public int count() {
            return months.stream().mapToInt(m -> m.posts().size()).sum();
        }
    }

    /** One month (1–12) of posts, newest first. */
    public record Month(int year, int month, List<Summary> posts) {
        public Month {
            posts = List.copyOf(posts);
        }
    }
}
