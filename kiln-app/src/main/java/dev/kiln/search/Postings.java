package dev.kiln.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every term with the entries that hold it, in id order, each with its score for that term:
 * BM25 per field, weighted and summed (as MiniSearch does), so one title hit outweighs any number
 * of body hits. Scores are computed here, at build time, so the browser only adds them up.
 *
 * <p>Built as an inverted index while entries arrive ({@link #add}, in any order, from any thread),
 * so that an entry's own analysis can be dropped at once: per (term, entry) pair only the entry's
 * id and its field counts, packed into one long, stay until {@link #terms} scores them.
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
    private final Map<String, Builder> byTerm = new HashMap<>();
    private final Map<Integer, int[]> lengths = new HashMap<>();

    /** @param weights each searched field's weight, in the order entries count them */
    Postings(int[] weights) {
        this.weights = weights.clone();
        // Up to 6 fields share a long: 10 bits each, counts saturating at 1,023 (BM25 saturates long before).
        this.bits = Math.min(31, 64 / Math.max(1, weights.length));
        this.mask = (1L << bits) - 1;
    }

    /** Adds an entry; each id once. Thread-safe: entries are analysed in parallel. */
    void add(Analyzed d) {
        int fields = weights.length;
        int id = d.entry().id();
        long[] packed = new long[d.terms().length];
        for (int t = 0; t < packed.length; t++) {
            for (int f = 0; f < fields; f++) packed[t] |= Math.min(d.tf(t, f), mask) << (f * bits);
        }
        synchronized (this) {
            if (lengths.putIfAbsent(id, d.lengths().clone()) != null) {
                throw new IllegalArgumentException("entry " + id + " added twice");
            }
            for (int t = 0; t < packed.length; t++) {
                byTerm.computeIfAbsent(d.terms()[t], k -> new Builder()).add(id, packed[t]);
            }
        }
    }

    /** Every term's scored postings, sorted by term; ids must run from 0 without a gap. */
    synchronized List<Term> terms() {
        int fields = weights.length;
        int n = lengths.size();
        double[] average = new double[fields];
        for (int id = 0; id < n; id++) {
            int[] l = lengths.get(id);
            if (l == null) throw new IllegalStateException("entry " + id + " was never added");
            for (int f = 0; f < fields; f++) average[f] += l[f];
        }
        for (int f = 0; f < fields; f++) average[f] = n == 0 || average[f] == 0 ? 1 : average[f] / n;
        List<String> terms = new ArrayList<>(byTerm.keySet());
        // String order is UTF-16 order, the same as JavaScript's < on strings, which search.js relies on.
        terms.sort(null);
        List<Term> out = new ArrayList<>(terms.size());
        for (String term : terms) {
            Builder b = byTerm.get(term);
            b.sortById();
            double idf = Math.log(1 + (n - b.size + 0.5) / (b.size + 0.5));
            int[] scores = new int[b.size];
            for (int i = 0; i < b.size; i++) {
                int[] length = lengths.get(b.ids[i]);
                double sum = 0;
                for (int f = 0; f < fields; f++) {
                    int tf = (int) ((b.counts[i] >>> (f * bits)) & mask);
                    if (tf == 0) continue;
                    double norm = 1 - B + B * length[f] / average[f];
                    sum += weights[f] * tf * (K1 + 1) / (tf + K1 * norm);
                }
                scores[i] = (int) Math.max(1, Math.round(idf * sum * SCALE));
            }
            out.add(new Term(term, Arrays.copyOf(b.ids, b.size), scores));
        }
        return out;
    }

    private static final class Builder {
        private int[] ids = new int[2];
        private long[] counts = new long[2];
        private int size;
        private boolean ascending = true;

        /**
         * Entries arrive in the order the threads finish them, which the pool's queue keeps within a
         * few places of id order: an insertion sort moves each posting those few places.
         */
        void sortById() {
            if (ascending) return;
            for (int i = 1; i < size; i++) {
                int id = ids[i];
                long count = counts[i];
                int j = i - 1;
                for (; j >= 0 && ids[j] > id; j--) {
                    ids[j + 1] = ids[j];
                    counts[j + 1] = counts[j];
                }
                ids[j + 1] = id;
                counts[j + 1] = count;
            }
            ascending = true;
        }

        void add(int id, long packed) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            if (size > 0 && ids[size - 1] > id) ascending = false;
            ids[size] = id;
            counts[size] = packed;
            size++;
        }
    }
}
