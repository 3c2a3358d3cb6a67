package dev.kiln.search;

import java.util.Arrays;

/**
 * Part of the inverted index: each term, keyed by its chars, with the entries that hold it and
 * their packed field counts in the order they came. A table is used by one thread at a time
 * ({@link Postings} hands them out), so adding takes no lock, and the terms stay char arrays:
 * only the index's distinct terms ever become Strings, not every (entry, term) pair (3 million at
 * 10,000 posts). An entry is counted straight into the table, a term at a time ({@link #count},
 * then {@link #endEntry}): each word of a post is looked up once, where a table of the post's own
 * terms first, merged into this one after, compared every distinct term twice and copied it for
 * every post. When every entry is in, the tables are merged into one.
 */
final class TermTable {
    /**
     * One term's postings, in the order they were added, as bytes: per entry its id, a mask of the
     * fields that hold the term and each of those counts, all variable-length (about 4 bytes where
     * an int and a long took 12). The postings of 10,000 posts are millions; held as growing arrays
     * they were also the largest garbage the collector copied into the old generation (every
     * doubling left the old array there), and fresh old-generation pages cost a page fault each.
     * {@link #sortById} decodes them into {@link #ids} and {@link #counts} when the term is scored.
     */
    static final class Row {
        final char[] term;
        final int hash;
        /** After {@link #sortById}: the entries' ids, ascending, and their packed field counts. */
        int[] ids;
        long[] counts;
        /** How many postings; after {@link #sortById}, in all tables. */
        int size;
        private byte[] data = new byte[8];
        private int length;
        /** Postings of the same term from another table, appended when the term is scored. */
        private Row more;
        /** The number ({@code counting}) of the last entry counted that held this term, or -1; its packed counts so far. */
        private int entry = -1;
        private long pending;

        private Row(char[] term, int hash) {
            this.term = term;
            this.hash = hash;
        }

        private void add(int id, long packed, int fields, int bits) {
            if (length + 15 + 5 * fields > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, length + 15 + 5 * fields));
            long fieldMask = (1L << bits) - 1;
            long present = 0;
            for (int f = 0; f < fields; f++) {
                if (((packed >>> (f * bits)) & fieldMask) != 0) present |= 1L << f;
            }
            put(id);
            put(present);
            for (int f = 0; f < fields; f++) {
                if ((present & (1L << f)) != 0) put((packed >>> (f * bits)) & fieldMask);
            }
            size++;
        }

        private void put(long v) {
            while ((v & ~0x7FL) != 0) {
                data[length++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            data[length++] = (byte) v;
        }

        /** The postings of {@code other} belong to this term too; they are decoded with these by {@link #sortById}. */
        private void link(Row other) {
            Row last = this;
            while (last.more != null) last = last.more;
            last.more = other;
        }

        /**
         * Decodes every table's postings of this term into {@link #ids} and {@link #counts}, in id
         * order (each id occurs once); {@code fields} and {@code bits} as they were added.
         */
        void sortById(int fields, int bits) {
            if (ids != null) return;
            int total = total();
            ids = new int[total];
            counts = new long[total];
            int n = 0;
            boolean inOrder = true;
            // Where each table's postings start: each is in id order as its worker took entries in
            // order, so they are merged, not sorted (unless one is not).
            int parts = 0;
            for (Row part = this; part != null; part = part.more) parts++;
            int[] starts = new int[parts + 1];
            boolean partsInOrder = true;
            parts = 0;
            for (Row part = this; part != null; part = part.more) {
                starts[parts++] = n;
                byte[] d = part.data;
                int at = 0;
                for (int i = 0; i < part.size; i++) {
                    // The id, the mask of fields present, one count per field present; 7 bits a byte.
                    int id = 0;
                    for (int shift = 0; ; shift += 7) {
                        byte b = d[at++];
                        id |= (b & 0x7F) << shift;
                        if (b >= 0) break;
                    }
                    long present = 0;
                    for (int shift = 0; ; shift += 7) {
                        byte b = d[at++];
                        present |= (long) (b & 0x7F) << shift;
                        if (b >= 0) break;
                    }
                    long packed = 0;
                    for (int f = 0; f < fields; f++) {
                        if ((present & (1L << f)) == 0) continue;
                        long count = 0;
                        for (int shift = 0; ; shift += 7) {
                            byte b = d[at++];
                            count |= (long) (b & 0x7F) << shift;
                            if (b >= 0) break;
                        }
                        packed |= count << (f * bits);
                    }
                    if (n > 0 && ids[n - 1] > id) {
                        inOrder = false;
                        if (i > 0) partsInOrder = false;
                    }
                    ids[n] = id;
                    counts[n] = packed;
                    n++;
                }
            }
            for (Row part = this; part != null; part = part.more) part.data = null;
            more = null;
            size = total;
            starts[parts] = total;
            if (inOrder) return;
            if (partsInOrder) {
                mergeParts(starts, parts);
            } else {
                sortAscending();
            }
        }

        /** Merges the ascending runs {@code ids[starts[r]..starts[r + 1])}, two at a time. */
        private void mergeParts(int[] starts, int runs) {
            int[] fromIds = ids;
            long[] fromCounts = counts;
            int[] toIds = new int[size];
            long[] toCounts = new long[size];
            while (runs > 1) {
                int merged = 0;
                for (int r = 0; r < runs; r += 2) {
                    int lo = starts[r];
                    int mid = starts[Math.min(r + 1, runs)];
                    int hi = starts[Math.min(r + 2, runs)];
                    int a = lo;
                    int b = mid;
                    for (int k = lo; k < hi; k++) {
                        if (b >= hi || a < mid && fromIds[a] < fromIds[b]) {
                            toIds[k] = fromIds[a];
                            toCounts[k] = fromCounts[a++];
                        } else {
                            toIds[k] = fromIds[b];
                            toCounts[k] = fromCounts[b++];
                        }
                    }
                    starts[merged++] = lo;
                }
                starts[merged] = size;
                runs = merged;
                int[] swapIds = fromIds;
                fromIds = toIds;
                toIds = swapIds;
                long[] swapCounts = fromCounts;
                fromCounts = toCounts;
                toCounts = swapCounts;
            }
            ids = fromIds;
            counts = fromCounts;
        }

        /** How many postings this term has in all tables. */
        int total() {
            int n = 0;
            for (Row part = this; part != null; part = part.more) n += part.size;
            return n;
        }

        private void sortAscending() {
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
        }
    }

    private final int fields;
    private final int bits;
    private final long fieldMask;
    /** The terms of the entry being counted, in the order they first occurred, and how many. */
    private Row[] entryTerms = new Row[256];
    private int entryTermCount;
    /** A number for the entry being counted, which {@code Row.entry} compares with (rows start at -1). */
    private int counting;
    private int[] slots = new int[1 << 12];
    private Row[] rows = new Row[1 << 11];
    private int size;

    /** @param fields how many fields a packed count holds, {@code bits} bits each (see {@link Postings}) */
    TermTable(int fields, int bits) {
        this.fields = fields;
        this.bits = bits;
        this.fieldMask = (1L << bits) - 1;
    }

    /**
     * Counts one occurrence, in field {@code field}, of the term {@code chars[0..length)} (whose
     * {@code String.hashCode} is {@code hash}) for the entry being counted; the chars are copied
     * if the term is new. Counts saturate at what a field's bits hold.
     */
    void count(char[] chars, int length, int hash, int field) {
        Row row = find(chars, length, hash);
        if (row.entry != counting) {
            row.entry = counting;
            row.pending = 0;
            if (entryTermCount == entryTerms.length) entryTerms = Arrays.copyOf(entryTerms, entryTermCount * 2);
            entryTerms[entryTermCount++] = row;
        }
        int shift = field * bits;
        if ((row.pending >>> shift & fieldMask) != fieldMask) row.pending += 1L << shift;
    }

    /**
     * Ends the entry counted since the last call: each of its terms gets a posting for entry
     * {@code id} with the counts seen, in the order the terms first occurred.
     */
    void endEntry(int id) {
        for (int i = 0; i < entryTermCount; i++) {
            Row row = entryTerms[i];
            row.add(id, row.pending, fields, bits);
            entryTerms[i] = null;
        }
        entryTermCount = 0;
        counting++;
    }

    private Row find(char[] chars, int length, int hash) {
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            int r = slots[i] - 1;
            if (r < 0) {
                Row row = new Row(Arrays.copyOf(chars, length), hash);
                insertAt(i, row);
                return row;
            }
            Row row = rows[r];
            if (row.hash == hash && CharTable.same(row.term, chars, length)) return row;
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
