package dev.kiln.search;

import java.util.Arrays;

/**
 * Part of the inverted index: each term, keyed by its chars, with the entries that hold it and
 * their packed field counts in the order they came. A table is used by one thread at a time
 * ({@link Postings} hands them out), so adding takes no lock, and the terms stay char arrays:
 * only the index's distinct terms ever become Strings, not every (entry, term) pair (3 million at
 * 10,000 posts). When every entry is in, the tables are merged into one.
 */
final class TermTable {
    /** One term's postings: ids and packed counts, in the order they were added. */
    static final class Row {
        final char[] term;
        final int hash;
        int[] ids = new int[2];
        long[] counts = new long[2];
        int size;
        private boolean ascending = true;

        private Row(char[] term, int hash) {
            this.term = term;
            this.hash = hash;
        }

        private void add(int id, long packed) {
            if (size == ids.length) grow(size * 2);
            if (size > 0 && ids[size - 1] > id) ascending = false;
            ids[size] = id;
            counts[size] = packed;
            size++;
        }

        /** Postings of the same term from another table, appended when the term is scored. */
        private Row more;

        /** The postings of {@code other} belong to this term too; they are copied in by {@link #sortById}. */
        private void link(Row other) {
            Row last = this;
            while (last.more != null) last = last.more;
            last.more = other;
        }

        /** Every table's postings of this term together, then in id order (each id occurs once). */
        void sortById() {
            for (Row part = more; part != null; part = part.more) {
                if (size + part.size > ids.length) grow(size + part.size);
                if (size > 0 && part.size > 0 && ids[size - 1] > part.ids[0]) ascending = false;
                ascending &= part.ascending;
                System.arraycopy(part.ids, 0, ids, size, part.size);
                System.arraycopy(part.counts, 0, counts, size, part.size);
                size += part.size;
            }
            more = null;
            sortAscending();
        }

        /** How many postings this term has in all tables. */
        int total() {
            int n = 0;
            for (Row part = this; part != null; part = part.more) n += part.size;
            return n;
        }

        private void sortAscending() {
            if (ascending) return;
            long[] keys = new long[size];
            for (int i = 0; i < size; i++) keys[i] = (long) ids[i] << 32 | i;
            Arrays.sort(keys);
            int[] sortedIds = new int[size];
            long[] sortedCounts = new long[size];
            for (int i = 0; i < size; i++) {
                int from = (int) keys[i];
                sortedIds[i] = ids[from];
                sortedCounts[i] = counts[from];
            }
            ids = sortedIds;
            counts = sortedCounts;
            ascending = true;
        }

        private void grow(int capacity) {
            ids = Arrays.copyOf(ids, capacity);
            counts = Arrays.copyOf(counts, capacity);
        }
    }

    private int[] slots = new int[1 << 12];
    private Row[] rows = new Row[1 << 11];
    private int size;

    /**
     * Adds entry {@code id} with {@code packed} counts to the postings of {@code term}, whose
     * {@code String.hashCode} is {@code hash}. A new term keeps the array: the caller must not change it.
     */
    void add(char[] term, int hash, int id, long packed) {
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            int r = slots[i] - 1;
            if (r < 0) {
                Row row = new Row(term, hash);
                row.add(id, packed);
                insertAt(i, row);
                return;
            }
            Row row = rows[r];
            if (row.hash == hash && CharTable.same(row.term, term, term.length)) {
                row.add(id, packed);
                return;
            }
        }
    }

    /**
     * Adds every term of {@code other} to this table; {@code other} is not to be used again. A term
     * both hold is only linked here: its postings are copied together when it is scored, which may
     * be on another thread than this merge.
     */
    void absorb(TermTable other) {
        for (int o = 0; o < other.size; o++) {
            Row theirs = other.rows[o];
            int mask = slots.length - 1;
            for (int i = spread(theirs.hash) & mask; ; i = (i + 1) & mask) {
                int r = slots[i] - 1;
                if (r < 0) {
                    insertAt(i, theirs);
                    break;
                }
                Row mine = rows[r];
                if (mine.hash == theirs.hash && Arrays.equals(mine.term, theirs.term)) {
                    mine.link(theirs);
                    break;
                }
            }
        }
    }

    /** The rows, in no particular order. */
    Row[] rows() {
        return Arrays.copyOf(rows, size);
    }

    int size() {
        return size;
    }

    private void insertAt(int slot, Row row) {
        if (size == rows.length) rows = Arrays.copyOf(rows, size * 2);
        rows[size++] = row;
        slots[slot] = size;
        if (size * 2 > slots.length) rehash();
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private void rehash() {
        int[] next = new int[slots.length * 2];
        int mask = next.length - 1;
        for (int r = 0; r < size; r++) {
            int i = spread(rows[r].hash) & mask;
            while (next[i] != 0) i = (i + 1) & mask;
            next[i] = r + 1;
        }
        slots = next;
    }
}
