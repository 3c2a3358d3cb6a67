package dev.kiln.search;

import java.util.Set;

/**
 * A fixed set of words that answers whether chars in a buffer are one of them, given their
 * {@code String.hashCode}, without making a String: the tokenizer asks it for every word of every
 * post (is it a stop word?).
 */
final class CharTable {
    private final char[][] words;
    private final int[] hashes;
    private final int mask;

    CharTable(Set<String> members) {
        int size = Integer.highestOneBit(Math.max(4, members.size() * 4 - 1)) << 1;
        words = new char[size][];
        hashes = new int[size];
        mask = size - 1;
        for (String w : members) {
            int i = w.hashCode() & mask;
            while (words[i] != null) i = (i + 1) & mask;
            words[i] = w.toCharArray();
            hashes[i] = w.hashCode();
        }
    }

    boolean contains(char[] chars, int length, int hash) {
        for (int i = hash & mask; words[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && same(words[i], chars, length)) return true;
        }
        return false;
    }

    /**
     * Whether {@code word} is {@code chars[0..length)}. A plain loop: the terms compared are a few
     * chars long, and under C1 {@code Arrays.equals} on ranges is a chain of calls (range checks,
     * then a vectorised mismatch C1 does not make an intrinsic) for each of millions of words.
     */
    static boolean same(char[] word, char[] chars, int length) {
        if (word.length != length) return false;
        for (int i = 0; i < length; i++) {
            if (word[i] != chars[i]) return false;
        }
        return true;
    }
}
