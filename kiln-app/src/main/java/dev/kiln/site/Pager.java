package dev.kiln.site;

import java.util.List;

/**
 * One page of a paginated list: page {@code number} (1-based) of {@code totalPages}, holding
 * {@code items}. Page 1 lives at {@code base}, page n at {@code base/page/n/}.
 */
public record Pager(UrlPath base, int number, int totalPages, int totalItems, List<Summary> items) {
    public Pager {
        items = List.copyOf(items);
        if (number < 1 || number > Math.max(1, totalPages)) {
            throw new IllegalArgumentException("page " + number + " of " + totalPages);
        }
    }

    public UrlPath url() {
        return urlOf(number);
    }

    /** The URL of page {@code n} of this list. */
    public UrlPath urlOf(int n) {
        return n == 1 ? base : base.child("page/" + n);
    }

    /** Splits {@code all} into pages of {@code size}; an empty list still has one (empty) page. */
    public static List<Pager> paginate(UrlPath base, List<Summary> all, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        Pager[] out = new Pager[pages];
        for (int i = 0; i < pages; i++) {
            List<Summary> slice = all.subList(i * size, Math.min(all.size(), (i + 1) * size));
            out[i] = new Pager(base, i + 1, pages, all.size(), slice);
        }
        return List.of(out);
    }
}
