package dev.kiln.search;

import java.util.List;

/**
 * An entry's distinct terms, each counted per field ({@link TermCounts}: the terms stay char
 * arrays, since 10,000 posts hold millions of (entry, term) pairs and only the index's own few
 * hundred thousand distinct terms need to become Strings); {@code lengths[f]} is how many terms
 * the f-th searched field has.
 */
record Analyzed(Entry entry, TermCounts counts, int[] lengths) {
    private static final byte[] NONE = new byte[0];

    static Analyzed of(Entry entry, List<String> fields, Tokenizer tokenizer) {
        int nf = fields.size();
        int bytes = 0;
        for (byte[] text : entry.fields().values()) bytes += text.length;
        TermCounts counts = new TermCounts(nf, TermCounts.expectedTerms(bytes));
        int[] lengths = new int[nf];
        for (int f = 0; f < nf; f++) {
            int field = f;
            tokenizer.terms(entry.fields().getOrDefault(fields.get(f), NONE), (chars, length, hash) -> {
                lengths[field]++;
                counts.add(chars, length, hash, field);
            });
        }
        return new Analyzed(entry, counts, lengths);
    }

    /** How many distinct terms the entry has. */
    int size() {
        return counts.size();
    }

    String term(int t) {
        return counts.term(t);
    }

    /** How often the t-th term occurs in field f. */
    int tf(int t, int f) {
        return counts.tf(t, f);
    }
}
