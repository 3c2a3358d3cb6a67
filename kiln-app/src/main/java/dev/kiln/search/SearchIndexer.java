package dev.kiln.search;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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

    private final ExecutorService executor;

    /** @param executor runs the per-entry text analysis of {@link #index} in parallel */
    public SearchIndexer(ExecutorService executor) {
        this.executor = executor;
    }

    /**
     * The index files of {@code site}, the result files first; none when the site has no search
     * page (search is off). The entries are analysed in parallel on the executor.
     */
    public List<OutputFile> index(Site site) {
        Optional<Making> making = start(site);
        if (making.isEmpty()) return List.of();
        List<Future<OutputFile>> results = new ArrayList<>();
        for (Supplier<OutputFile> r : making.get().results()) results.add(executor.submit(r::get));
        List<OutputFile> files = new ArrayList<>();
        for (Future<OutputFile> f : results) files.add(join(f));
        files.addAll(making.get().indexFiles(executor));
        return files;
    }

    /** The index of {@code site} to make, or empty when the site has no search page (search is off). */
    public static Optional<Making> start(Site site) {
        Optional<Route> page = site.routes().stream().filter(r -> r instanceof Route.SearchRoute).findFirst();
        return page.map(p -> new Making(site, p.url().value().substring(1)));
    }

    /**
     * An index being made. Each result file is made by its own job, which analyses the entry into
     * the index as it goes: one entry's text is made once, on whichever thread runs the job, and
     * dropped when its file is written, so memory holds the inverted index and never every entry
     * (when the workers analysed ahead of a merge on one thread, 50,000 waiting entries held 2.5 GB).
     * The fragments and the manifest need every entry: {@link #indexFiles} comes after all results.
     */
    public static final class Making {
        private final Site site;
        private final String folder;
        private final Tokenizer tokenizer;
        private final List<String> fields = new ArrayList<>();
        private final Postings postings;
        private final List<Supplier<Entry>> entries;
        /** What each entry's result shows, by id: the manifest's version covers it in id order. */
        private final byte[][] shown;

        private Making(Site site, String folder) {
            this.site = site;
            this.folder = folder;
            this.tokenizer = Tokenizer.forLanguage(site.config().language());
            List<Integer> weights = new ArrayList<>();
            site.config().search().fields().forEach((f, w) -> {
                if (w > 0) {
                    fields.add(f);
                    weights.add(w);
                }
            });
            this.entries = Entry.lazily(site);
            this.postings = new Postings(weights.stream().mapToInt(Integer::intValue).toArray(), entries.size());
            this.shown = new byte[entries.size()][];
        }

        /** One job per entry, making its result file {@code d/<id>.json}; any order, any thread. */
        public List<Supplier<OutputFile>> results() {
            List<Supplier<OutputFile>> out = new ArrayList<>(entries.size());
            for (Supplier<Entry> lazy : entries) out.add(() -> result(lazy.get()));
            return out;
        }

        private OutputFile result(Entry e) {
            postings.add(Analyzed.of(e, fields, tokenizer));
            shown[e.id()] = (e.title() + '\n' + e.url() + '\n' + e.isoDate() + '\n' + e.excerpt() + '\n')
                    .getBytes(StandardCharsets.UTF_8);
            return OutputFile.adopting(folder + "d/" + e.id() + ".json", document(e));
        }

        /**
         * The fragments, then the manifest; only once every job of {@link #results} has run. A large
         * index is scored and written in slices of the term list, in parallel on {@code executor}
         * (at 10,000 posts this took 0.3 s on one thread while the others waited). The slices
         * depend only on the index, never on the machine, so the fragments are the same everywhere.
         */
        public List<OutputFile> indexFiles(Executor executor) {
            Postings.Scoring scoring = postings.scoring();
            List<CompletableFuture<List<Fragment>>> slices = new ArrayList<>();
            int from = 0;
            for (int to : sliceEnds(scoring)) {
                int start = from;
                slices.add(CompletableFuture.supplyAsync(() -> fragments(scoring.terms(start, to)), executor));
                from = to;
            }
            // The version in the manifest changes whenever a fragment or what a result shows changes;
            // search.js adds it to result-file URLs so that a cached one never outlives its build.
            MessageDigest version = sha256();
            for (byte[] s : shown) version.update(s);
            List<OutputFile> files = new ArrayList<>();
            List<String[]> chunkList = new ArrayList<>();
            for (CompletableFuture<List<Fragment>> slice : slices) {
                for (Fragment f : join(slice)) {
                    version.update(f.name().getBytes(StandardCharsets.UTF_8));
                    chunkList.add(new String[] {f.firstTerm(), f.name()});
                    files.add(OutputFile.adopting(folder + "t/" + f.name() + ".json", f.bytes()));
                }
            }
            String manifest = manifest(tokenizer, site.config().language(), shown.length, chunkList,
                    HexFormat.of().formatHex(version.digest(), 0, 6));
            files.add(OutputFile.adopting(folder + "index.json", manifest.getBytes(StandardCharsets.UTF_8)));
            return files;
        }
    }

    /** A fragment file's first term, name (from its content) and bytes. */
    private record Fragment(String firstTerm, String name, byte[] bytes) {}

    private static List<Fragment> fragments(List<Postings.Term> terms) {
        List<Fragment> out = new ArrayList<>();
        for (Chunks.Chunk c : Chunks.of(terms)) {
            byte[] bytes = c.json().getBytes(StandardCharsets.UTF_8);
            out.add(new Fragment(c.firstTerm(), HexFormat.of().formatHex(sha256().digest(bytes), 0, 6), bytes));
        }
        return out;
    }

    /** Postings per slice: below this an index is made in one piece (a small site gets no extra fragments). */
    static final int SLICE_POSTINGS = 250_000;

    /** Where the slices of the term list end: about {@link #SLICE_POSTINGS} postings each, at most 8 slices. */
    private static List<Integer> sliceEnds(Postings.Scoring scoring) {
        long total = 0;
        for (int i = 0; i < scoring.size(); i++) total += scoring.postings(i);
        long per = Math.max(SLICE_POSTINGS, (total + 7) / 8);
        List<Integer> ends = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < scoring.size(); i++) {
            sum += scoring.postings(i);
            if (sum >= per && i + 1 < scoring.size()) {
                ends.add(i + 1);
                sum = 0;
            }
        }
        ends.add(scoring.size());
        return ends;
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
        }
    }

    private static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
        }
    }

    private static byte[] document(Entry e) {
        StringBuilder sb = new StringBuilder(512).append('{');
        Json.field(sb, "t", e.title());
        Json.field(sb, "u", e.url());
        Json.field(sb, "i", e.isoDate());
        Json.field(sb, "d", e.displayDate());
        Json.field(sb, "e", e.excerpt());
        byte[] head = sb.append(",\"x\":").toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + Json.stringLength(e.text()) + 1];
        System.arraycopy(head, 0, out, 0, head.length);
        out[Json.string(e.text(), out, head.length)] = '}';
        return out;
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
