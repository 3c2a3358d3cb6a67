package dev.kiln.search;

import java.util.List;

/**
 * An entry's distinct terms, each counted per field: {@code tf[t * fields + f]} is how often
 * {@code terms[t]} occurs in the f-th searched field; {@code lengths[f]} is how many terms that
 * field has. Arrays rather than a map per entry: 10,000 posts hold millions of (entry, term) pairs.
 */
record Analyzed(Entry entry, String[] terms, int[] tf, int[] lengths) {
    static Analyzed of(Entry entry, List<String> fields, Tokenizer tokenizer) {
        int nf = fields.size();
        TermCounts counts = new TermCounts(nf);
        int[] lengths = new int[nf];
        for (int f = 0; f < nf; f++) {
            int field = f;
            tokenizer.terms(entry.fields().getOrDefault(fields.get(f), ""), (chars, length, hash) -> {
                lengths[field]++;
                counts.add(chars, length, hash, field);
            });
        }
        String[] terms = new String[counts.size()];
        for (int t = 0; t < terms.length; t++) terms[t] = counts.term(t);
        return new Analyzed(entry, terms, counts.counts(), lengths);
    }

    int fields() {
        return lengths.length;
    }

    /** How often the t-th term occurs in field f. */
    int tf(int t, int f) {
        return tf[t * lengths.length + f];
    }
}
