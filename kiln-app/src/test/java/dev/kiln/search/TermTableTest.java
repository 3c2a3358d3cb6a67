package dev.kiln.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TermTableTest {
    private static final int FIELDS = 3;
    private static final int BITS = 21;

    /** Counts {@code term} {@code counts[f]} times in field f for entry {@code id}, and ends the entry. */
    private static void add(TermTable table, String term, int id, int... counts) {
        count(table, term, counts);
        table.endEntry(id);
    }

    private static void count(TermTable table, String term, int... counts) {
        // The tokenizer hands over its own buffer, longer than the term and reused: so does this.
        char[] buffer = Arrays.copyOf(term.toCharArray(), Tokenizer.MAX_TERM);
        for (int f = 0; f < counts.length; f++) {
            for (int i = 0; i < counts[f]; i++) table.count(buffer, term.length(), term.hashCode(), f);
        }
        Arrays.fill(buffer, 'x');
    }

    private static long packed(int bits, long... counts) {
        long p = 0;
        for (int f = 0; f < counts.length; f++) p |= counts[f] << (f * bits);
        return p;
    }

    /** term → "id:counts id:counts …" in id order. */
    private static Map<String, String> postings(TermTable table, int bits) {
        Map<String, String> out = new TreeMap<>();
        for (TermTable.Row row : table.rows()) {
            row.sortById(FIELDS, bits);
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

        assertThat(postings(first, BITS)).containsExactly(
                Map.entry("kubernetes", "3:4"), Map.entry("only", "7:7"), Map.entry("probe", "0:1 1:2 2:3 4:6 5:5"));
    }

    /** Five tables, as five workers filled them, merged into the first; table t got {@code ids[t]} in that order. */
    private static TermTable merged(int[][] ids) {
        TermTable[] tables = new TermTable[ids.length];
        for (int t = 0; t < tables.length; t++) {
            tables[t] = new TermTable(FIELDS, BITS);
            for (int id : ids[t]) add(tables[t], "probe", id, id % 4 + 1);
        }
        for (int t = 1; t < tables.length; t++) tables[0].absorb(tables[t]);
        return tables[0];
    }

    private static String idsUpTo(int last) {
        StringBuilder sb = new StringBuilder();
        for (int id = 0; id <= last; id++) sb.append(id == 0 ? "" : " ").append(id).append(':').append(id % 4 + 1);
        return sb.toString();
    }

    @Test
    void postingsOfManyTablesComeOutInIdOrder() {
        int[][] inOrder = {{0, 5, 10, 11}, {1, 6, 12}, {2, 7}, {3, 8, 13, 14, 15}, {4, 9}};
        assertThat(postings(merged(inOrder), BITS)).containsExactly(Map.entry("probe", idsUpTo(15)));

        // A worker that took its entries out of order: its postings cannot simply be merged.
        int[][] oneOutOfOrder = {{0, 5, 10, 11}, {1, 6, 12}, {2, 7, 1_000, 16}, {3, 8, 13, 14, 15}, {4, 9}};
        assertThat(postings(merged(oneOutOfOrder), BITS)).containsExactly(Map.entry("probe", idsUpTo(16) + " 1000:1"));
    }

    @Test
    void anEntryCountsEachTermPerFieldAndTheNextEntryStartsAtZero() {
        TermTable table = new TermTable(FIELDS, BITS);
        count(table, "probe", 1, 0, 2);
        count(table, "latency", 0, 3);
        count(table, "probe", 0, 1);
        table.endEntry(9);
        count(table, "probe", 0, 0, 1);
        table.endEntry(4);
        table.endEntry(5);

        assertThat(postings(table, BITS)).containsExactly(
                Map.entry("latency", "9:" + packed(BITS, 0, 3)),
                Map.entry("probe", "4:" + packed(BITS, 0, 0, 1) + " 9:" + packed(BITS, 1, 1, 2)));
    }

    @Test
    void countsOfEveryFieldSurviveTheCompactFormAndSaturate() {
        int bits = 5;
        long max = (1L << bits) - 1;
        TermTable table = new TermTable(FIELDS, bits);
        int[][] counts = {{0, 0, 1}, {1, 0, 0}, {31, 0, 0}, {0, 40, 0}, {5, 0, 30}, {31, 32, 100}};
        int[] ids = {70_000, 3, 0, 128, 16_384, 2_000_000};
        for (int i = 0; i < ids.length; i++) add(table, "term", ids[i], counts[i]);

        assertThat(postings(table, bits)).containsEntry("term", "0:" + max + " 3:1 128:" + packed(bits, 0, max)
                + " 16384:" + packed(bits, 5, 0, 30) + " 70000:" + packed(bits, 0, 0, 1) + " 2000000:"
                + packed(bits, max, max, max));
    }

    @Test
    void manyTermsGrowTheTableWithoutLosingAny() {
        TermTable table = new TermTable(FIELDS, BITS);
        for (int id = 0; id < 3; id++) {
            for (int t = 0; t < 20_000; t++) count(table, "t" + t, t % 5 + 1);
            table.endEntry(id);
        }
        assertThat(table.size()).isEqualTo(20_000);
        TermTable.Row[] rows = table.rows();
        Arrays.sort(rows, (a, b) -> Arrays.compare(a.term, b.term));
        assertThat(new String(rows[0].term)).isEqualTo("t0");
        assertThat(postings(table, BITS)).containsEntry("t19999", "0:5 1:5 2:5").containsEntry("t7", "0:3 1:3 2:3")
                .hasSize(20_000);
    }
}
