package dev.kiln.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups posts (newest first) into years and months for the archive pages. */
final class Archives {
    private Archives() {}

    /**
     * Years and months newest first, each month's posts in their given order. Grouped by the year
     * and month each post's date is written in, which need not follow the order of instants: a post
     * of 2025-01-01T00:30+02:00 comes before one of 2024-12-31T23:00Z, so runs of equal years in
     * that order would make 2024 twice.
     */
    static Archive build(List<Summary> posts) {
        UrlPath base = UrlPath.of("archive");
        Map<Integer, Map<Integer, List<Summary>>> grouped = new TreeMap<>(Collections.reverseOrder());
        for (Summary p : posts) {
            grouped.computeIfAbsent(p.date().getYear(), y -> new TreeMap<>(Collections.reverseOrder()))
                    .computeIfAbsent(p.date().getMonthValue(), m -> new ArrayList<>())
                    .add(p);
        }
        List<Archive.Year> years = new ArrayList<>();
        grouped.forEach((year, byMonth) -> {
            List<Archive.Month> months = new ArrayList<>();
            byMonth.forEach((month, list) -> months.add(new Archive.Month(year, month, List.copyOf(list))));
            years.add(new Archive.Year(year, base.child(Integer.toString(year)), months));
        });
        return new Archive(base, years);
    }
}
