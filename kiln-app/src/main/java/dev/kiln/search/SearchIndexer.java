package dev.kiln.search;

import dev.kiln.output.OutputFile;
import dev.kiln.parallel.Parallel;
import dev.kiln.site.Route;
import dev.kiln.site.Site;
import dev.kiln.source.Checksum;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Writes the search index next to the search page: {@code index.json} (the manifest: language
 * rules and the first term of every fragment), {@code t/<hash>.json} (term fragments, named by
 * content so hosts may cache them forever) and {@code d/<n>.json} (what results show: title, link,
 * dates and excerpt of {@link #PER} entries a file). A result's snippet comes from its own page,
 * which search.js fetches: the index holds no copy of the posts' text.
 */
public final class SearchIndexer {
    /** Bumped when the file format changes; search.js refuses a manifest it does not know. */
    static final int FORMAT = 2;
    /**
     * Entries per result file. One file per entry made 9,804 files at 10,000 posts, and writing them
     * was most of the build time search added; sixteen of a few hundred bytes each keep what a
     * query fetches small (the results shown are spread over at most as many files as before).
     */
    static final int PER = 16;

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
        return start(site).map(m -> m.files(executor)).orElse(List.of());
    }

    /** The index of {@code site} to make, or empty when the site has no search page (search is off). */
    static Optional<Making> start(Site site) {
        Optional<Route> page = site.routes().stream().filter(r -> r instanceof Route.SearchRoute).findFirst();
        return page.map(p -> new Making(site, p.url().value().substring(1)));
    }

    /**
     * An index being made. Each entry is analysed into the index by a job of its own: its text is
     * read once, on whichever thread runs the job, and dropped when the job ends, so memory holds
     * the inverted index and never every entry (when the workers analysed ahead of a merge on one
     * thread, 50,000 waiting entries held 2.5 GB). The files need every entry: {@link #indexFiles}
     * comes after all analyses.
     */
    static final class Making {
        private static final byte[] NONE = new byte[0];
        private final Site site;
        private final String folder;
        private final Tokenizer tokenizer;
        private final List<String> fields = new ArrayList<>();
        private final Postings postings;
        private final List<Supplier<Entry>> entries;
        /** What each entry's result shows, by id, as JSON: the manifest's version covers it in id order. */
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

        /** One job per entry, analysing it into the index; any order, any thread. */
        List<Runnable> analyses() {
            List<Runnable> out = new ArrayList<>(entries.size());
            for (Supplier<Entry> lazy : entries) out.add(() -> analyse(lazy.get()));
            return out;
        }

        /** Every file of the index: the entries analysed in parallel on {@code executor}, then {@link #indexFiles}. */
        List<OutputFile> files(ExecutorService executor) {
            Parallel.forEach(executor, analyses(), Runnable::run);
            return indexFiles(executor);
        }

        private void analyse(Entry e) {
            List<byte[]> texts = new ArrayList<>(fields.size());
            for (String f : fields) texts.add(e.fields().getOrDefault(f, NONE));
            postings.add(e.id(), texts, tokenizer);
            shown[e.id()] = shown(e);
        }

        /**
         * The result files, the fragments, then the manifest; only once every job of
         * {@link #analyses} has run. A large index is scored and written in slices of the term list,
         * in parallel on {@code executor} (at 10,000 posts this took 0.3 s on one thread while the
         * others waited). The slices depend only on the index, never on the machine, so the
         * fragments are the same everywhere.
         */
        List<OutputFile> indexFiles(Executor executor) {
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
            // A checksum, not SHA-256, whose Java code C1 runs slowly: it took 0.6 % of a 10,000-post
            // build's samples, on one thread.
            Checksum.Running version = new Checksum.Running();
            for (byte[] s : shown) version.update(s);
            List<OutputFile> files = new ArrayList<>();
            for (int first = 0; first < shown.length; first += PER) {
                files.add(OutputFile.adopting(folder + "d/" + first / PER + ".json", results(first)));
            }
            List<String[]> chunkList = new ArrayList<>();
            for (CompletableFuture<List<Fragment>> slice : slices) {
                for (Fragment f : Parallel.join(slice)) {
                    version.update(f.name().getBytes(StandardCharsets.UTF_8));
                    chunkList.add(new String[] {f.firstTerm(), f.name()});
                    files.add(OutputFile.adopting(folder + "t/" + f.name() + ".json", f.bytes()));
                }
            }
            String manifest = manifest(tokenizer, site.config().language(), shown.length, chunkList,
                    version.hex());
            files.add(OutputFile.adopting(folder + "index.json", manifest.getBytes(StandardCharsets.UTF_8)));
            return files;
        }

        /** {@code [{…},…]}: what entries {@code first} to {@code first + PER - 1} show. */
        private byte[] results(int first) {
            int end = Math.min(shown.length, first + PER);
            int length = 1 + end - first;
            for (int id = first; id < end; id++) length += shown[id].length;
            byte[] out = new byte[length];
            int at = 0;
            for (int id = first; id < end; id++) {
                out[at++] = (byte) (id == first ? '[' : ',');
                System.arraycopy(shown[id], 0, out, at, shown[id].length);
                at += shown[id].length;
            }
            out[at] = ']';
            return out;
        }
    }

    /** A fragment file's first term, name (from its content) and bytes. */
    private record Fragment(String firstTerm, String name, byte[] bytes) {}

    private static List<Fragment> fragments(List<Postings.Term> terms) {
        List<Fragment> out = new ArrayList<>();
        for (Chunks.Chunk c : Chunks.of(terms)) {
            byte[] bytes = c.json().getBytes(StandardCharsets.UTF_8);
            out.add(new Fragment(c.firstTerm(), Checksum.of(bytes), bytes));
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

    /** What an entry's result shows, as a JSON object: title, link, ISO and displayed date, excerpt. */
    private static byte[] shown(Entry e) {
        StringBuilder sb = new StringBuilder(256).append('{');
        Json.field(sb, "t", e.title());
        Json.field(sb, "u", e.url());
        Json.field(sb, "i", e.isoDate());
        Json.field(sb, "d", e.displayDate());
        Json.field(sb, "e", e.excerpt());
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String manifest(Tokenizer tokenizer, String language, int docs, List<String[]> chunks,
                                   String version) {
        StringBuilder sb = new StringBuilder("{\"format\":").append(FORMAT).append(',');
        Json.string(sb.append("\"lang\":"), language);
        sb.append(",\"plurals\":").append(tokenizer.englishPlurals());
        sb.append(",\"maxTerm\":").append(Tokenizer.MAX_TERM);
        sb.append(",\"docs\":").append(docs);
        sb.append(",\"per\":").append(PER);
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
}
