package dev.kiln.search;

import dev.kiln.site.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For the benchmark's comparison: the JSON that MiniSearch 7's {@code JSON.stringify(index)} gives
 * (serializationVersion 2: document ids, field lengths, stored fields, and per term a map of field
 * to document to term frequency), written here for the same entries, fields and terms as Kiln's
 * own index, so that the two sizes compare like for like.
 */
final class SingleFileIndex {
    private SingleFileIndex() {}

    /** {raw bytes, gzipped bytes} of the single-file index of {@code site}. */
    static long[] sizes(Site site) throws IOException {
        List<String> fields = new ArrayList<>();
        site.config().search().fields().forEach((f, w) -> {
            if (w > 0) fields.add(f);
        });
        Tokenizer tokenizer = Tokenizer.forLanguage(site.config().language());
        List<Doc> docs = new ArrayList<>();
        for (Entry e : Entry.of(site)) docs.add(Doc.of(e, fields, tokenizer));

        StringBuilder sb = new StringBuilder("{\"documentCount\":").append(docs.size()).append(",\"nextId\":")
                .append(docs.size()).append(",\"documentIds\":{");
        for (Doc d : docs) sb.append(d.entry().id() == 0 ? "" : ",").append('"').append(d.entry().id()).append("\":")
                .append(d.entry().id());
        sb.append("},\"fieldIds\":{");
        for (int f = 0; f < fields.size(); f++) Json.string(sb.append(f == 0 ? "" : ","), fields.get(f)).append(':').append(f);
        sb.append("},\"fieldLength\":{");
        double[] average = new double[fields.size()];
        Map<String, Map<Integer, StringBuilder>> index = new TreeMap<>();
        for (Doc d : docs) {
            int id = d.entry().id();
            sb.append(id == 0 ? "" : ",").append('"').append(id).append("\":[");
            for (int f = 0; f < fields.size(); f++) {
                sb.append(f == 0 ? "" : ",").append(d.lengths()[f]);
                average[f] += d.lengths()[f] / (double) docs.size();
            }
            sb.append(']');
            for (Map.Entry<String, int[]> t : d.counts().entrySet()) {
                Map<Integer, StringBuilder> byField = index.computeIfAbsent(t.getKey(), k -> new TreeMap<>());
                for (int f = 0; f < fields.size(); f++) {
                    int tf = t.getValue()[f];
                    if (tf == 0) continue;
                    StringBuilder postings = byField.computeIfAbsent(f, k -> new StringBuilder());
                    postings.append(postings.length() == 0 ? "" : ",").append('"').append(id).append("\":").append(tf);
                }
            }
        }
        sb.append("},\"averageFieldLength\":[");
        for (int f = 0; f < fields.size(); f++) sb.append(f == 0 ? "" : ",").append(average[f]);
        sb.append("],\"storedFields\":{");
        for (Doc d : docs) {
            Entry e = d.entry();
            sb.append(e.id() == 0 ? "" : ",").append('"').append(e.id()).append("\":{");
            Json.field(sb, "title", e.title());
            Json.field(sb, "url", e.url());
            Json.field(sb, "date", e.isoDate());
            sb.append('}');
        }
        sb.append("},\"dirtCount\":0,\"index\":[");
        boolean first = true;
        for (Map.Entry<String, Map<Integer, StringBuilder>> t : index.entrySet()) {
            Json.string(sb.append(first ? "[" : ",["), t.getKey()).append(",{");
            boolean firstField = true;
            for (Map.Entry<Integer, StringBuilder> f : t.getValue().entrySet()) {
                sb.append(firstField ? "" : ",").append('"').append(f.getKey()).append("\":{").append(f.getValue()).append('}');
                firstField = false;
            }
            sb.append("}]");
            first = false;
        }
        sb.append("],\"serializationVersion\":2}");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        return new long[] {bytes.length, SiteServer.gzip(bytes).length};
    }

    /** An entry's terms, each counted per field, and how many terms each field has. */
    private record Doc(Entry entry, Map<String, int[]> counts, int[] lengths) {
        static Doc of(Entry entry, List<String> fields, Tokenizer tokenizer) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            int[] lengths = new int[fields.size()];
            for (int f = 0; f < fields.size(); f++) {
                int field = f;
                tokenizer.terms(entry.fields().getOrDefault(fields.get(f), new byte[0]), (chars, length, hash) -> {
                    lengths[field]++;
                    counts.computeIfAbsent(new String(chars, 0, length), k -> new int[fields.size()])[field]++;
                });
            }
            return new Doc(entry, counts, lengths);
        }
    }
}
