package dev.kiln.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the sorted term list into consecutive fragments of about {@link #TARGET} bytes, so that a
 * query loads the one fragment whose range holds its term (a word typed so far: the few whose
 * ranges hold its prefix). A term is never split: a very common word gets a fragment of its own.
 */
final class Chunks {
    /** Raw bytes per fragment; gzip makes them several times smaller on the wire. */
    static final int TARGET = 24_000;

    /** A fragment: its first term (what the manifest lists) and its JSON text. */
    record Chunk(String firstTerm, String json) {}

    private Chunks() {}

    /** Each fragment is {@code [["term",[id deltas],[scores]],…]}. */
    static List<Chunk> of(List<Postings.Term> terms) {
        List<Chunk> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        String first = null;
        for (Postings.Term t : terms) {
            if (first == null) {
                first = t.term();
                sb.setLength(0);
                sb.append('[');
            } else {
                sb.append(',');
            }
            append(sb, t);
            if (sb.length() >= TARGET) {
                out.add(new Chunk(first, sb.append(']').toString()));
                first = null;
            }
        }
        if (first != null) out.add(new Chunk(first, sb.append(']').toString()));
        return out;
    }

    private static void append(StringBuilder sb, Postings.Term t) {
        Json.string(sb.append('['), t.term()).append(",[");
        int previous = 0;
        for (int i = 0; i < t.ids().length; i++) {
            if (i > 0) sb.append(',');
            sb.append(t.ids()[i] - previous);
            previous = t.ids()[i];
        }
        sb.append("],[");
        for (int i = 0; i < t.scores().length; i++) {
            if (i > 0) sb.append(',');
            sb.append(t.scores()[i]);
        }
        sb.append("]]");
    }
}
