package dev.kiln.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entry's terms counted per field: {@code counts.get(term)[f]} is how often the term occurs in
 * the f-th searched field, {@code lengths[f]} how many terms that field has.
 */
record Analyzed(Entry entry, Map<String, int[]> counts, int[] lengths) {
    static Analyzed of(Entry entry, List<String> fields, Tokenizer tokenizer) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        int[] lengths = new int[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            List<String> terms = tokenizer.terms(entry.fields().getOrDefault(fields.get(f), ""));
            lengths[f] = terms.size();
            for (String t : terms) counts.computeIfAbsent(t, k -> new int[fields.size()])[f]++;
        }
        return new Analyzed(entry, counts, lengths);
    }
}
