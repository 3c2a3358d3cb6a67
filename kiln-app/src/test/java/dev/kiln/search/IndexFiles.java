package dev.kiln.search;

import dev.kiln.conformance.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a built search index back the way search.js does: manifest, then the fragment of a term. */
final class IndexFiles {
    private final Path folder;
    private final Map<String, Object> manifest;

    @SuppressWarnings("unchecked")
    IndexFiles(Path output) {
        this.folder = output.resolve("search");
        this.manifest = (Map<String, Object>) Json.parse(read("index.json"));
    }

    Map<String, Object> manifest() {
        return manifest;
    }

    @SuppressWarnings("unchecked")
    List<List<Object>> chunks() {
        return (List<List<Object>>) manifest.get("chunks");
    }

    /** Entry id → score for exactly {@code term}; empty when no entry has it. */
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> postings(String term) {
        List<List<Object>> chunks = chunks();
        int at = 0;
        for (int i = 0; i < chunks.size(); i++) if (((String) chunks.get(i).get(0)).compareTo(term) <= 0) at = i;
        Map<Integer, Integer> out = new LinkedHashMap<>();
        if (chunks.isEmpty()) return out;
        List<List<Object>> entries = (List<List<Object>>) Json.parse(read("t/" + chunks.get(at).get(1) + ".json"));
        for (List<Object> e : entries) {
            if (!e.get(0).equals(term)) continue;
            List<BigDecimal> deltas = (List<BigDecimal>) e.get(1);
            List<BigDecimal> scores = (List<BigDecimal>) e.get(2);
            int id = 0;
            for (int k = 0; k < deltas.size(); k++) {
                id += deltas.get(k).intValue();
                out.put(id, scores.get(k).intValue());
            }
        }
        return out;
    }

    /** The titles of the entries holding {@code term}, best score first. */
    List<String> titlesFor(String term) {
        List<Map.Entry<Integer, Integer>> hits = new ArrayList<>(postings(term).entrySet());
        hits.sort((a, b) -> b.getValue() - a.getValue());
        return hits.stream().map(h -> (String) doc(h.getKey()).get("t")).toList();
    }

    /** What result {@code id} shows, from its result file (the manifest says how many entries a file holds). */
    @SuppressWarnings("unchecked")
    Map<String, Object> doc(int id) {
        int per = ((Number) manifest().get("per")).intValue();
        List<Object> entries = (List<Object>) Json.parse(read("d/" + id / per + ".json"));
        return (Map<String, Object>) entries.get(id % per);
    }

    private String read(String relative) {
        try {
            return Files.readString(folder.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
