package dev.kiln.search;

import java.nio.CharBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An entry's distinct terms, each counted per field: {@code tf[t * fields + f]} is how often
 * {@code terms[t]} occurs in the f-th searched field; {@code lengths[f]} is how many terms that
 * field has. Arrays rather than a map per entry: 10,000 posts hold millions of (entry, term) pairs.
 */
record Analyzed(Entry entry, String[] terms, int[] tf, int[] lengths) {
    static Analyzed of(Entry entry, List<String> fields, Tokenizer tokenizer) {
        int nf = fields.size();
        Map<CharBuffer, int[]> counts = new HashMap<>();
        int[] lengths = new int[nf];
        for (int f = 0; f < nf; f++) {
            int field = f;
            tokenizer.terms(entry.fields().getOrDefault(fields.get(f), ""), term -> {
                lengths[field]++;
                int[] c = counts.get(term);
                if (c == null) {
                    char[] key = new char[term.remaining()];
                    term.get(term.position(), key);
                    c = new int[nf];
                    counts.put(CharBuffer.wrap(key), c);
                }
                c[field]++;
            });
        }
        String[] terms = new String[counts.size()];
        int[] tf = new int[counts.size() * nf];
        int t = 0;
        for (Map.Entry<CharBuffer, int[]> e : counts.entrySet()) {
            terms[t] = e.getKey().toString();
            System.arraycopy(e.getValue(), 0, tf, t * nf, nf);
            t++;
        }
        return new Analyzed(entry, terms, tf, lengths);
    }

    int fields() {
        return lengths.length;
    }

    /** How often the t-th term occurs in field f. */
    int tf(int t, int f) {
        return tf[t * lengths.length + f];
    }
}
