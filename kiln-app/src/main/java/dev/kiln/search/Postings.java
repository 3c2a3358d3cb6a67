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
 * <p>Built as an inverted index while entries arrive ({@link #add}, in id order), so that an
 * entry's own analysis can be dropped at once: per (term, entry) pair only the entry's id and its
 * field counts, packed into one long, stay until {@link #terms} scores them.
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
    private final List<int[]> lengths = new ArrayList<>();

    /** @param weights each searched field's weight, in the order entries count them */
    Postings(int[] weights) {
        this.weights = weights.clone();
        // Up to 6 fields share a long: 10 bits each, counts saturating at 1,023 (BM25 saturates long before).
        this.bits = Math.min(31, 64 / Math.max(1, weights.length));
        this.mask = (1L << bits) - 1;
    }

    /** Adds the next entry; ids must ascend. */
    void add(Analyzed d) {
        int fields = weights.length;
        int id = d.entry().id();
        if (id != lengths.size()) throw new IllegalArgumentException("entry " + id + " out of order");
        lengths.add(d.lengths().clone());
        for (int t = 0; t < d.terms().length; t++) {
            long packed = 0;
            for (int f = 0; f < fields; f++) packed |= Math.min(d.tf(t, f), mask) << (f * bits);
            byTerm.computeIfAbsent(d.terms()[t], k -> new Builder()).add(id, packed);
        }
    }

    /** Every term's scored postings, sorted by term. */
    List<Term> terms() {
        int fields = weights.length;
        int n = lengths.size();
        double[] average = new double[fields];
        for (int[] l : lengths) for (int f = 0; f < fields; f++) average[f] += l[f];
        for (int f = 0; f < fields; f++) average[f] = n == 0 || average[f] == 0 ? 1 : average[f] / n;
        List<String> terms = new ArrayList<>(byTerm.keySet());
        // String order is UTF-16 order, the same as JavaScript's < on strings, which search.js relies on.
        terms.sort(null);
        List<Term> out = new ArrayList<>(terms.size());
        for (String term : terms) {
            Builder b = byTerm.get(term);
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

        void add(int id, long packed) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            ids[size] = id;
            counts[size] = packed;
            size++;
        }
    }
}
