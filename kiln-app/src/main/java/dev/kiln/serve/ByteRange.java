package dev.kiln.serve;

import java.util.Optional;

/** One satisfiable byte range of a representation (RFC 9110 §14): inclusive {@code first} to {@code last}. */
record ByteRange(long first, long last) {
    long length() {
        return last - first + 1;
    }

    /**
     * The range a {@code Range} header asks for: empty to send the whole file (a header we do not
     * honour, such as several ranges or another unit), or null when it cannot be satisfied.
     */
    static Optional<ByteRange> parse(String header, long size) {
        String h = header.trim();
        if (!h.startsWith("bytes=") || h.contains(",")) return Optional.empty();
        String spec = h.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) return Optional.empty();
        try {
            String a = spec.substring(0, dash).trim();
            String b = spec.substring(dash + 1).trim();
            if (a.isEmpty()) {
                if (b.isEmpty()) return Optional.empty();
                long suffix = Long.parseLong(b);
                if (suffix <= 0 || size == 0) return null;
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(a);
            long last = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
            if (first >= size) return null;
            if (last < first) return Optional.empty();
            return Optional.of(new ByteRange(first, last));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
