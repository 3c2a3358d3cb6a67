package dev.kiln.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TermTableTest {
    private static final int FIELDS = 3;
    private static final int BITS = 21;

    private static void add(TermTable table, String term, int id, long counts) {
        table.add(term.toCharArray(), term.hashCode(), id, counts);
    }

    /** term → "id:counts id:counts …" in id order. */
    private static Map<String, String> postings(TermTable table) {
        Map<String, String> out = new TreeMap<>();
        for (TermTable.Row row : table.rows()) {
            row.sortById(FIELDS, BITS);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.size; i++) sb.append(i == 0 ? "" : " ").append(row.ids[i]).append(':').append(row.counts[i]);
            out.put(new String(row.term), sb.toString());
        }
        return out;
    }

    @Test
    void tablesFilledByDifferentThreadsMergeIntoPostingsInIdOrder() {
        TermTable first = new TermTable(FIELDS, BITS);
        TermTable second = new TermTable(FIELDS, BITS);
        // Ids interleave between the tables, as two workers take entries from one queue.
        add(first, "probe", 0, 1);
        add(second, "probe", 1, 2);
        add(first, "probe", 2, 3);
        add(second, "kubernetes", 3, 4);
        add(first, "probe", 5, 5);
        add(second, "probe", 4, 6);
        add(second, "only", 7, 7);

        first.absorb(second);

        assertThat(postings(first)).containsExactly(
                Map.entry("kubernetes", "3:4"), Map.entry("only", "7:7"), Map.entry("probe", "0:1 1:2 2:3 4:6 5:5"));
    }

    @Test
    void countsOfEveryFieldSurviveTheCompactForm() {
        TermTable table = new TermTable(FIELDS, BITS);
        long max = (1L << BITS) - 1;
        long[] packed = {0, 1, max, max << BITS, 5L | 300L << (2 * BITS), max | max << BITS | max << (2 * BITS)};
        int[] ids = {70_000, 3, 0, 128, 16_384, 2_000_000};
        for (int i = 0; i < ids.length; i++) add(table, "term", ids[i], packed[i]);

        assertThat(postings(table)).containsEntry("term", "0:" + max + " 3:1 128:" + (max << BITS) + " 16384:"
                + (5L | 300L << (2 * BITS)) + " 70000:0 2000000:" + (max | max << BITS | max << (2 * BITS)));
    }

    @Test
    void manyTermsGrowTheTableWithoutLosingAny() {
        TermTable table = new TermTable(FIELDS, BITS);
        for (int id = 0; id < 3; id++) {
            for (int t = 0; t < 20_000; t++) add(table, "t" + t, id, t);
        }
        assertThat(table.size()).isEqualTo(20_000);
        TermTable.Row[] rows = table.rows();
        Arrays.sort(rows, (a, b) -> Arrays.compare(a.term, b.term));
        assertThat(new String(rows[0].term)).isEqualTo("t0");
        assertThat(postings(table)).containsEntry("t19999", "0:19999 1:19999 2:19999").hasSize(20_000);
    }
}
