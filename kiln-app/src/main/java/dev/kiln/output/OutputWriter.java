package dev.kiln.output;

import dev.kiln.parallel.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Streams a build's files into an {@link OutputDir}: stages only changed bytes as temporary files
 * while the build runs (so memory stays bounded), then on commit moves them into place in the
 * order they were accepted, removes the files Kiln wrote before and no longer produces, and
 * updates the manifest last. A session closed without commit publishes nothing.
 */
public final class OutputWriter {
    private OutputWriter() {
    }

    public enum Outcome { WRITTEN, UNCHANGED }

    /** What a committed session did; paths are sorted. */
    public record Result(int written, int unchanged, int removed, List<String> writtenPaths,
                         List<String> removedPaths) {
        public Result {
            writtenPaths = List.copyOf(writtenPaths);
            removedPaths = List.copyOf(removedPaths);
        }
    }

    /** Where a committed build leaves its opaque state (see {@link Session#commit(String)}). */
    static final String STATE_FILE = ".kiln-build";

    /**
     * The state the last committed build left, if the folder is exactly as that build left it:
     * no interrupted build since, and every file of the manifest present with its size. A caller
     * may then skip a build whose inputs have not changed.
     */
    public static Optional<String> intactState(OutputDir dir) throws IOException {
        Path root = dir.root();
        if (Files.exists(root.resolve(Journal.FILE_NAME), LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        Optional<Manifest> manifest = Manifest.read(root);
        if (manifest.isEmpty()) return Optional.empty();
        Path state = root.resolve(STATE_FILE);
        if (!Files.isRegularFile(state, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        for (Map.Entry<String, Manifest.Entry> e : manifest.get().entries().entrySet()) {
            if (Session.sizeOnDisk(dir.resolve(e.getKey())) != e.getValue().size()) return Optional.empty();
        }
        return Optional.of(Files.readString(state, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The number of files the folder's manifest lists (0 without one). */
    public static int manifestSize(OutputDir dir) throws IOException {
        return Manifest.read(dir.root()).map(m -> m.entries().size()).orElse(0);
    }

    /** Starts a session on {@code dir}, reading its manifest (and the journal of an interrupted build). */
    public static Session begin(OutputDir dir) throws IOException {
        Path root = dir.root();
        Files.createDirectories(root);
        Optional<Manifest> manifest = Manifest.read(root);
        AtomicReplace replace = new AtomicReplace();
        Journal journal = Journal.resume(root, replace);
        SortedMap<String, Manifest.Entry> known = new TreeMap<>();
        manifest.ifPresent(m -> known.putAll(m.entries()));
        journal.recovered().ifPresent(paths -> paths.forEach(p -> known.put(p, Manifest.Entry.UNKNOWN)));
        return new Session(dir, manifest, Collections.unmodifiableSortedMap(known), journal, replace);
    }

    /**
     * One build's writes. {@link #accept} may be called from many threads at once; {@link #commit}
     * and {@link #close} only after every {@code accept} has returned. Closing without committing
     * (a failed build) keeps the old manifest; the journal keeps the files this session wrote
     * known as Kiln's, so a later build may still replace or remove them.
     */
    public static final class Session implements AutoCloseable {
        private final OutputDir dir;
        private final Optional<Manifest> previous;
        /** Files Kiln wrote before: the manifest, plus the journal's paths with an unknown hash. */
        private final SortedMap<String, Manifest.Entry> known;
        private final Journal journal;
        private final AtomicReplace replace;
        private final Set<String> claimed = ConcurrentHashMap.newKeySet();
        private final Map<String, Manifest.Entry> accepted = new ConcurrentHashMap<>();
        private final Set<String> written = ConcurrentHashMap.newKeySet();
        /** Files written as temporaries since the last {@link #mark}, in the order accepted. */
        private final Queue<Path[]> staged = new ConcurrentLinkedQueue<>();
        /** The staged files of each stretch between marks, published one stretch after the other. */
        private final List<List<Path[]>> stretches = new ArrayList<>();
        private final AtomicBoolean failed = new AtomicBoolean();
        private final Folders folders;
        private volatile boolean finished;
        /** Fewer renames than this go faster on one thread than handed out. */
        private static final int PARALLEL_FROM = 64;

        private Session(OutputDir dir, Optional<Manifest> previous, SortedMap<String, Manifest.Entry> known,
                        Journal journal, AtomicReplace replace) {
            this.dir = dir;
            this.previous = previous;
            this.known = known;
            this.journal = journal;
            this.replace = replace;
            this.folders = new Folders(dir.root());
        }

        /**
         * Writes {@code file} unless the manifest has the same hash and the file on disk has the
         * same size. Throws {@link OutputConflictException} if the path holds a file Kiln did not
         * write, IllegalStateException if the path was accepted before in this session or escapes
         * the output folder. After any exception the session can only be closed.
         */
        public Outcome accept(OutputFile file) {
            if (finished) throw new IllegalStateException("this output session is already committed or closed");
            try {
                String path = file.path();
                if (path.startsWith(".kiln-") || path.contains("/.kiln-")) {
                    throw new IllegalArgumentException("output path " + path + " uses a name reserved by Kiln");
                }
                if (!claimed.add(path)) {
                    throw new IllegalStateException("output path " + path + " was produced twice in one build");
                }
                Manifest.Entry entry = new Manifest.Entry(file.hash(), file.size());
                Outcome outcome = write(file, entry);
                if (outcome == Outcome.WRITTEN) written.add(path);
                accepted.put(path, entry);
                return outcome;
            } catch (RuntimeException | Error e) {
                failed.set(true);
                throw e;
            }
        }

        private Outcome write(OutputFile file, Manifest.Entry entry) {
            Path plain = dir.root().resolve(file.path());
            Path target = plain;
            Manifest.Entry before = known.get(file.path());
            try {
                // OutputDir checks each folder on the way for a link leading out. A folder the
                // session already made or found was on the way of a path it checked, and one it
                // makes now under a folder it made is no link: once per folder is enough.
                if (!folders.known(plain.getParent()) && !folders.makeUnderMade(plain.getParent())) {
                    target = dir.resolve(file.path());
                }
                if (entry.equals(before) && sizeOnDisk(target) == file.size()) return Outcome.UNCHANGED;
                folders.ensure(target.getParent());
                // A folder this session made holds no file but this session's: no need to look.
                if (before == null && !folders.madeHere(target.getParent())
                        && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new OutputConflictException(file.path(), dir.root().toString());
                }
                // Recorded before the file exists, so a killed build cannot leave a file nobody owns.
                journal.record(file.path());
                staged.add(new Path[] {replace.stage(target, file.unsharedBytes()), target});
                return Outcome.WRITTEN;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
        }

        static long sizeOnDisk(Path file) throws IOException {
            try {
                BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                return attrs.isRegularFile() ? attrs.size() : -1;
            } catch (NoSuchFileException e) {
                return -1;
            }
        }

        /**
         * Removes the files Kiln wrote before that this session did not produce (and folders that
         * became empty), deletes an interrupted build's temporary files, then writes the manifest.
         */
        public Result commit() throws IOException {
            return commit("");
        }

        /**
         * Every file accepted before this call is published before any file accepted after it; the
         * files between two marks are published in any order, in parallel when {@link #commit} is
         * given a pool. Called between accepts, never during one (between a build's phases).
         */
        public void mark() {
            List<Path[]> stretch = new ArrayList<>(staged.size());
            for (Path[] move = staged.poll(); move != null; move = staged.poll()) stretch.add(move);
            if (!stretch.isEmpty()) stretches.add(stretch);
        }

        /**
         * Commits as {@link #commit()} and records {@code state} (opaque to this package; empty for
         * none), which {@link #intactState} gives back while the folder stays as this build left it.
         */
        public Result commit(String state) throws IOException {
            return commit(state, null);
        }

        /**
         * Commits as {@link #commit(String)}, renaming each stretch's files into place on
         * {@code pool} as well as this thread (null: this thread alone). At 10,000 posts a commit
         * renaming one file after the other took 0.2 s with the other core idle.
         */
        public Result commit(String state, ExecutorService pool) throws IOException {
            if (finished) throw new IllegalStateException("this output session is already committed or closed");
            if (failed.get()) throw new IllegalStateException("a file of this session failed; close it instead");
            finished = true;
            journal.flush();
            mark();
            for (List<Path[]> stretch : stretches) publish(stretch, pool);
            stretches.clear();
            // Our own temporary files are renamed or deleted as they go; leftovers need a killed build.
            if (journal.recovered().isPresent()) AtomicReplace.sweepLeftovers(dir.root());
            List<String> removed = StaleFiles.remove(dir, known.keySet(), accepted::containsKey);
            Manifest next = new Manifest(new TreeMap<>(accepted));
            if (previous.isEmpty() || !previous.get().equals(next)) {
                replace.replace(dir.root().resolve(Manifest.FILE_NAME), next.toBytes());
            }
            Path stateFile = dir.root().resolve(STATE_FILE);
            if (state.isEmpty()) {
                Files.deleteIfExists(stateFile);
            } else if (!Files.isRegularFile(stateFile, LinkOption.NOFOLLOW_LINKS)
                    || !Files.readString(stateFile, java.nio.charset.StandardCharsets.UTF_8).equals(state)) {
                replace.replace(stateFile, state.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            journal.discard();
            List<String> writtenPaths = written.stream().sorted().toList();
            return new Result(writtenPaths.size(), accepted.size() - writtenPaths.size(), removed.size(),
                    writtenPaths, removed);
        }

        /**
         * Ends the session; without {@link #commit} nothing is published (staged files are
         * deleted) and the manifest stays as it was.
         */
        @Override
        public void close() throws IOException {
            finished = true;
            mark();
            for (List<Path[]> stretch : stretches) {
                for (Path[] move : stretch) {
                    Files.deleteIfExists(move[0]);
                    StaleFiles.removeEmptyFolders(dir.root(), move[0].getParent());
                }
            }
            stretches.clear();
            // Nothing of this session was published, so its journal lines claim nothing; a journal
            // recovered from an interrupted build still does, and stays until a build commits.
            if (journal.recovered().isEmpty()) journal.discard();
            else journal.close();
        }

        private static void publish(List<Path[]> stretch, ExecutorService pool) throws IOException {
            if (pool == null || stretch.size() < PARALLEL_FROM) {
                for (Path[] move : stretch) AtomicReplace.publish(move[0], move[1]);
                return;
            }
            Parallel.forEachIo(pool, stretch, move -> AtomicReplace.publish(move[0], move[1]));
        }
    }
}
