package dev.kiln.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every term with the entries that hold it, in id order, each with its score for that term:
 * BM25 per field, weighted and summed (as MiniSearch does), so one title hit outweighs any number
 * of body hits. Scores are computed here, at build time, so the browser only adds them up.
 *
 * <p>Built as an inverted index while entries arrive ({@link #add}, in any order, from any thread),
 * so that an entry's own analysis can be dropped at once: per (term, entry) pair only the entry's
 * id and its field counts stay (a few bytes, see {@link TermTable.Row}) until {@link #scoring}
 * scores them. Each thread adds into a {@link TermTable} of its own, taken from a queue of idle
 * ones, and the tables are merged at the end: one lock around every add made the two workers wait
 * for each other.
 */
final class Postings {
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Scores are stored as whole tenths. */
    static final double SCALE = 10;

    /** One term's postings: ids ascending and their scores. */
    record Term(String term, int[] ids, int[] scores) {}

    private final int[] weights;
    private final int bits;
    private final long mask;
    /** Each entry's field lengths, by id; written once per id, read after every add. */
    private final int[][] lengths;
    private final Queue<TermTable> idle = new ConcurrentLinkedQueue<>();
    private final List<TermTable> tables = new ArrayList<>();

    /**
     * @param weights each searched field's weight, in the order entries count them
     * @param entries how many entries there will be: ids run from 0 to {@code entries - 1}
     */
    Postings(int[] weights, int entries) {
        this.weights = weights.clone();
        // Up to 6 fields share a long: 10 bits each, counts saturating at 1,023 (BM25 saturates long before).
        this.bits = Math.min(31, 64 / Math.max(1, weights.length));
        this.mask = (1L << bits) - 1;
        this.lengths = new int[entries][];
    }

    /**
     * Adds entry {@code id}, whose f-th searched field holds the UTF-8 text {@code texts.get(f)};
     * each id once. Thread-safe: entries are analysed in parallel.
     */
    void add(int id, List<byte[]> texts, Tokenizer tokenizer) {
        int fields = weights.length;
        if (texts.size() != fields) throw new IllegalArgumentException(texts.size() + " texts for " + fields + " fields");
        if (lengths[id] != null) throw new IllegalArgumentException("entry " + id + " added twice");
        TermTable table = idle.poll();
        if (table == null) {
            table = new TermTable(fields, bits);
            synchronized (tables) {
                tables.add(table);
            }
        }
        int[] length = new int[fields];
        for (int f = 0; f < fields; f++) {
            int field = f;
            TermTable into = table;
            tokenizer.terms(texts.get(f), (chars, size, hash) -> {
                length[field]++;
                into.count(chars, size, hash, field);
            });
        }
        table.endEntry(id);
        lengths[id] = length;
        idle.offer(table);
    }

    /**
     * The index's terms, sorted, ready to be scored; ids must run from 0 without a gap. Only once
     * every {@link #add} has returned.
     */
    Scoring scoring() {
        int fields = weights.length;
        int n = lengths.length;
        double[] average = new double[fields];
        for (int id = 0; id < n; id++) {
            int[] l = lengths[id];
            if (l == null) throw new IllegalStateException("entry " + id + " was never added");
            for (int f = 0; f < fields; f++) average[f] += l[f];
        }
        for (int f = 0; f < fields; f++) average[f] = n == 0 || average[f] == 0 ? 1 : average[f] / n;
        TermTable.Row[] rows = merged().rows();
        // char order is UTF-16 order, the same as JavaScript's < on strings, which search.js relies on.
        Arrays.sort(rows, (x, y) -> Arrays.compare(x.term, y.term));
        return new Scoring(rows, average);
    }

    /**
     * The sorted terms, scored a range at a time: ranges may be scored on different threads at
     * once (each term's postings are gathered from the workers' tables and sorted as it is scored).
     */
    final class Scoring {
        private final TermTable.Row[] rows;
        private final double[] average;

        private Scoring(TermTable.Row[] rows, double[] average) {
            this.rows = rows;
            this.average = average;
        }

        /** How many terms the index has. */
        int size() {
            return rows.length;
        }

        /** How many entries hold the i-th term. */
        int postings(int i) {
            return rows[i].total();
        }

        /** Terms {@code from} to {@code to} (exclusive), scored; each range once. */
        List<Term> terms(int from, int to) {
            int fields = weights.length;
            int n = lengths.length;
            List<Term> out = new ArrayList<>(to - from);
            for (int r = from; r < to; r++) {
                TermTable.Row b = rows[r];
                b.sortById(fields, bits);
                double idf = Math.log(1 + (n - b.size + 0.5) / (b.size + 0.5));
                int[] scores = new int[b.size];
                for (int i = 0; i < b.size; i++) {
                    int[] length = lengths[b.ids[i]];
                    double sum = 0;
                    for (int f = 0; f < fields; f++) {
                        int tf = (int) ((b.counts[i] >>> (f * bits)) & mask);
                        if (tf == 0) continue;
                        double norm = 1 - B + B * length[f] / average[f];
                        sum += weights[f] * tf * (K1 + 1) / (tf + K1 * norm);
                    }
                    scores[i] = (int) Math.max(1, Math.round(idf * sum * SCALE));
                }
                out.add(new Term(new String(b.term), Arrays.copyOf(b.ids, b.size), scores));
            }
            return out;
        }
    }

    /** All tables merged into one, which stays the only one (so that asking twice gives the same). */
    private TermTable merged() {
        synchronized (tables) {
            TermTable all = new TermTable(weights.length, bits);
            for (TermTable t : tables) all.absorb(t);
            tables.clear();
            tables.add(all);
            idle.clear();
            idle.offer(all);
            return all;
        }
    }
}
