package dev.kiln.search;

import dev.kiln.config.SiteConfig.SearchSettings;
import dev.kiln.output.OutputFile;
import dev.kiln.site.Route;
import dev.kiln.site.Site;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
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
    /** Analyses submitted ahead of the merge: enough to keep every core busy, few enough to hold. */
    private static final int IN_FLIGHT = 64;

    private final ExecutorService executor;

    /** @param executor runs the per-entry text analysis in parallel (the build's pool) */
    public SearchIndexer(ExecutorService executor) {
        this.executor = executor;
    }

    /** The index files of {@code site}; none when the site has no search page (search is off). */
    public List<OutputFile> index(Site site) {
        return files(site).stream().map(Supplier::get).toList();
    }

    /**
     * As {@link #index}, each result file made when asked for: a result file is a post's text as
     * JSON, and holding them all until they are written held every post's text a second time
     * (55 MB at 10,000 posts). The fragments and the manifest are made here, as they need every entry.
     */
    public List<Supplier<OutputFile>> files(Site site) {
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
        MessageDigest version = sha256();
        Postings postings = new Postings(weights.stream().mapToInt(Integer::intValue).toArray());
        List<Supplier<OutputFile>> documents = new ArrayList<>();
        int docs = 0;
        // Entries are analysed in parallel and merged in id order; each analysis is dropped once
        // merged. At most IN_FLIGHT analyses wait to be merged: when all were submitted at once, the
        // workers outran the merge and 50,000 analysed posts (their text included) piled up: 2.5 GB.
        List<Supplier<Entry>> entries = Entry.lazily(site);
        ArrayDeque<Future<Analyzed>> inFlight = new ArrayDeque<>();
        int submitted = 0;
        for (int i = 0; i < entries.size(); i++) {
            while (submitted < entries.size() && submitted - i < IN_FLIGHT) {
                Supplier<Entry> lazy = entries.get(submitted++);
                inFlight.add(executor.submit(() -> Analyzed.of(lazy.get(), fields, tokenizer)));
            }
            Analyzed analyzed = join(inFlight.remove());
            Entry e = analyzed.entry();
            postings.add(analyzed);
            // The version in the manifest changes whenever a fragment or what a result shows changes;
            // search.js adds it to result-file URLs so that a cached one never outlives its build.
            version.update((e.title() + '\n' + e.url() + '\n' + e.isoDate() + '\n' + e.excerpt() + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            // The supplier holds the post, not the entry: the entry's text is made again when written.
            Supplier<Entry> lazy = entries.get(i);
            String path = folder + "d/" + e.id() + ".json";
            documents.add(() -> new OutputFile(path, document(lazy.get()).getBytes(StandardCharsets.UTF_8)));
            docs++;
        }

        List<Supplier<OutputFile>> files = new ArrayList<>();
        List<String[]> chunkList = new ArrayList<>();
        for (Chunks.Chunk c : Chunks.of(postings.terms())) {
            byte[] bytes = c.json().getBytes(StandardCharsets.UTF_8);
            String name = HexFormat.of().formatHex(sha256().digest(bytes), 0, 6);
            version.update(name.getBytes(StandardCharsets.UTF_8));
            chunkList.add(new String[] {c.firstTerm(), name});
            OutputFile fragment = new OutputFile(folder + "t/" + name + ".json", bytes);
            files.add(() -> fragment);
        }
        files.addAll(documents);
        String manifest = manifest(tokenizer, site.config().language(), docs, chunkList,
                HexFormat.of().formatHex(version.digest(), 0, 6));
        OutputFile index = new OutputFile(folder + "index.json", manifest.getBytes(StandardCharsets.UTF_8));
        files.add(() -> index);
        return files;
    }

    private static Analyzed join(Future<Analyzed> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
        }
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
