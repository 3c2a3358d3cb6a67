package dev.kiln.search;

import dev.kiln.config.SiteConfig.SearchSettings;
import dev.kiln.output.OutputFile;
import dev.kiln.site.Route;
import dev.kiln.site.Site;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * Writes the search index next to the search page: {@code index.json} (the manifest: language
 * rules and the first term of every fragment), {@code t/<hash>.json} (term fragments, named by
 * content so hosts may cache them forever) and {@code d/<id>.json} (what one result shows).
 */
public final class SearchIndexer {
    /** Bumped when the file format changes; search.js refuses a manifest it does not know. */
    static final int FORMAT = 1;

    private final ExecutorService executor;

    /** @param executor runs the per-entry text analysis in parallel (the build's pool) */
    public SearchIndexer(ExecutorService executor) {
        this.executor = executor;
    }

    /** The index files of {@code site}; none when the site has no search page (search is off). */
    public List<OutputFile> index(Site site) {
        Optional<Route> page = site.routes().stream().filter(r -> r instanceof Route.SearchRoute).findFirst();
        if (page.isEmpty()) return List.of();
        String folder = page.get().url().value().substring(1);
        SearchSettings settings = site.config().search();
        Tokenizer tokenizer = Tokenizer.forLanguage(site.config().language());
        List<String> fields = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        settings.fields().forEach((f, w) -> {
            if (w > 0) {
                fields.add(f);
                weights.add(w);
            }
        });
        List<Analyzed> analyzed = analyze(Entry.of(site), fields, tokenizer);
        List<Postings.Term> postings = Postings.of(analyzed, weights.stream().mapToInt(Integer::intValue).toArray());

        List<OutputFile> files = new ArrayList<>();
        MessageDigest version = sha256();
        List<String[]> chunkList = new ArrayList<>();
        for (Chunks.Chunk c : Chunks.of(postings)) {
            byte[] bytes = c.json().getBytes(StandardCharsets.UTF_8);
            String name = HexFormat.of().formatHex(sha256().digest(bytes), 0, 6);
            version.update(bytes);
            chunkList.add(new String[] {c.firstTerm(), name});
            files.add(new OutputFile(folder + "t/" + name + ".json", bytes));
        }
        for (Analyzed a : analyzed) {
            byte[] bytes = document(a.entry()).getBytes(StandardCharsets.UTF_8);
            version.update(bytes);
            files.add(new OutputFile(folder + "d/" + a.entry().id() + ".json", bytes));
        }
        String manifest = manifest(tokenizer, site.config().language(), analyzed.size(), chunkList,
                HexFormat.of().formatHex(version.digest(), 0, 6));
        files.add(new OutputFile(folder + "index.json", manifest.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private List<Analyzed> analyze(List<Entry> entries, List<String> fields, Tokenizer tokenizer) {
        List<Future<Analyzed>> futures = new ArrayList<>(entries.size());
        for (Entry e : entries) futures.add(executor.submit(() -> Analyzed.of(e, fields, tokenizer)));
        List<Analyzed> out = new ArrayList<>(entries.size());
        for (Future<Analyzed> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while indexing", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
            }
        }
        return out;
    }

    private static String document(Entry e) {
        StringBuilder sb = new StringBuilder(e.text().length() + 256).append('{');
        Json.field(sb, "t", e.title());
        Json.field(sb, "u", e.url());
        Json.field(sb, "i", e.isoDate());
        Json.field(sb, "d", e.displayDate());
        Json.field(sb, "e", e.excerpt());
        Json.field(sb, "x", e.text());
        return sb.append('}').toString();
    }

    private static String manifest(Tokenizer tokenizer, String language, int docs, List<String[]> chunks,
                                   String version) {
        StringBuilder sb = new StringBuilder("{\"format\":").append(FORMAT).append(',');
        Json.string(sb.append("\"lang\":"), language);
        sb.append(",\"plurals\":").append(tokenizer.englishPlurals());
        sb.append(",\"maxTerm\":").append(Tokenizer.MAX_TERM);
        sb.append(",\"docs\":").append(docs);
        Json.string(sb.append(",\"v\":"), version);
        sb.append(",\"stop\":[");
        boolean first = true;
        for (String w : new TreeSet<>(tokenizer.stopWords())) {
            if (!first) sb.append(',');
            Json.string(sb, w);
            first = false;
        }
        sb.append("],\"chunks\":[");
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) sb.append(',');
            Json.string(sb.append('['), chunks.get(i)[0]).append(',');
            Json.string(sb, chunks.get(i)[1]).append(']');
        }
        return sb.append("]}").toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
