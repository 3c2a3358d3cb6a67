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
 */
final class Postings {
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Scores are stored as whole tenths. */
    static final double SCALE = 10;

    /** One term's postings: ids ascending and their scores. */
    record Term(String term, int[] ids, int[] scores) {}

    private Postings() {}

    /** The postings of {@code docs} (in id order), sorted by term, with field weights {@code weights}. */
    static List<Term> of(List<Analyzed> docs, int[] weights) {
        int fields = weights.length;
        double[] average = new double[fields];
        Map<String, Integer> frequency = new HashMap<>();
        for (Analyzed d : docs) {
            for (int f = 0; f < fields; f++) average[f] += d.lengths()[f];
            for (String t : d.counts().keySet()) frequency.merge(t, 1, Integer::sum);
        }
        for (int f = 0; f < fields; f++) average[f] = docs.isEmpty() || average[f] == 0 ? 1 : average[f] / docs.size();

        Map<String, Builder> byTerm = new HashMap<>();
        int n = docs.size();
        frequency.forEach((t, df) -> byTerm.put(t, new Builder(Math.log(1 + (n - df + 0.5) / (df + 0.5)))));
        for (Analyzed d : docs) {
            for (Map.Entry<String, int[]> e : d.counts().entrySet()) {
                Builder postings = byTerm.get(e.getKey());
                double sum = 0;
                for (int f = 0; f < fields; f++) {
                    int tf = e.getValue()[f];
                    if (tf == 0) continue;
                    double norm = 1 - B + B * d.lengths()[f] / average[f];
                    sum += weights[f] * tf * (K1 + 1) / (tf + K1 * norm);
                }
                postings.add(d.entry().id(), (int) Math.max(1, Math.round(postings.idf * sum * SCALE)));
            }
        }
        List<String> terms = new ArrayList<>(byTerm.keySet());
        // String order is UTF-16 order, the same as JavaScript's < on strings, which search.js relies on.
        terms.sort(null);
        List<Term> out = new ArrayList<>(terms.size());
        for (String t : terms) out.add(byTerm.get(t).build(t));
        return out;
    }

    private static final class Builder {
        private final double idf;
        private int[] ids = new int[4];
        private int[] scores = new int[4];
        private int size;

        Builder(double idf) {
            this.idf = idf;
        }

        void add(int id, int score) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            ids[size] = id;
            scores[size] = score;
            size++;
        }

        Term build(String term) {
            return new Term(term, Arrays.copyOf(ids, size), Arrays.copyOf(scores, size));
        }
    }
}
