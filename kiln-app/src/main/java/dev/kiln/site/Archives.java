package dev.kiln.site;

import java.util.ArrayList;
import java.util.List;

/** Groups posts (newest first) into years and months for the archive pages. */
final class Archives {
    private Archives() {}

    static Archive build(List<Summary> posts) {
        UrlPath base = UrlPath.of("archive");
        List<Archive.Year> years = new ArrayList<>();
        int i = 0;
        while (i < posts.size()) {
            int year = posts.get(i).date().getYear();
            List<Archive.Month> months = new ArrayList<>();
            while (i < posts.size() && posts.get(i).date().getYear() == year) {
                int month = posts.get(i).date().getMonthValue();
                int from = i;
                while (i < posts.size() && posts.get(i).date().getYear() == year
                        && posts.get(i).date().getMonthValue() == month) {
                    i++;
                }
                months.add(new Archive.Month(year, month, posts.subList(from, i)));
            }
            years.add(new Archive.Year(year, base.child(Integer.toString(year)), months));
        }
        return new Archive(base, years);
    }
}
