package dev.kiln.search;

import java.util.Arrays;

/**
 * An entry's distinct terms, each counted per field, as they stream out of the {@link Tokenizer}:
 * an open-addressing table over the term's chars, so that a repeated word (most of a post's
 * thousands) costs a compare (the tokenizer hands over its hash), and only a new one allocates.
 * A {@code HashMap} keyed by {@code CharBuffer} did the same at several times the cost (its
 * hashCode and equals go a char at a time through the buffer's accessors).
 */
final class TermCounts {
    private final int fields;
    private int[] slots;
    private char[][] terms;
    private int[] hashes;
    private int[] tf;
    private int size;

    /**
     * @param expected about how many distinct terms there will be: a table that starts large
     *     enough never grows (growing twice per post made counting three times slower, measured)
     */
    TermCounts(int fields, int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, Math.min(expected, 1 << 14)) - 1) << 1;
        this.fields = fields;
        this.slots = new int[capacity * 2];
        this.terms = new char[capacity][];
        this.hashes = new int[capacity];
        this.tf = new int[capacity * fields];
    }

    /** About how many distinct terms a text of this many UTF-8 bytes has (generated and real posts: one per 20 bytes or more). */
    static int expectedTerms(int bytes) {
        return bytes / 12 + 32;
    }

    /** Counts {@code chars[0..length)}, whose {@code String.hashCode} is {@code hash}, once in {@code field}. */
    void add(char[] chars, int length, int hash, int field) {
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            int d = slots[i] - 1;
            if (d < 0) {
                d = size++;
                if (d == terms.length) grow();
                terms[d] = Arrays.copyOf(chars, length);
                hashes[d] = hash;
                tf[d * fields + field] = 1;
                slots[i] = d + 1;
                if (size * 2 > slots.length) rehash();
                return;
            }
            if (hashes[d] == hash && CharTable.same(terms[d], chars, length)) {
                tf[d * fields + field]++;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    String term(int d) {
        return new String(terms[d]);
    }

    /** The d-th distinct term's chars, exactly as long as the term; not to be changed. */
    char[] chars(int d) {
        return terms[d];
    }

    /** {@code String.hashCode} of the d-th distinct term. */
    int hash(int d) {
        return hashes[d];
    }

    /** How often the d-th distinct term occurs in field f. */
    int tf(int d, int f) {
        return tf[d * fields + f];
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private void grow() {
        int n = terms.length * 2;
        terms = Arrays.copyOf(terms, n);
        hashes = Arrays.copyOf(hashes, n);
        tf = Arrays.copyOf(tf, n * fields);
    }

    private void rehash() {
        int[] next = new int[slots.length * 2];
        int mask = next.length - 1;
        for (int d = 0; d < size; d++) {
            int i = spread(hashes[d]) & mask;
            while (next[i] != 0) i = (i + 1) & mask;
            next[i] = d + 1;
        }
        slots = next;
    }
}
