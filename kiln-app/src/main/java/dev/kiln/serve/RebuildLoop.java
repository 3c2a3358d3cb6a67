package dev.kiln.serve;

import dev.kiln.build.RebuildResult;
import dev.kiln.build.Rebuilder;
import dev.kiln.build.SetupError;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The single rebuild thread: takes touched paths from the watcher, waits a short settle window
 * until no new event arrives (editors write a file in several steps; a fixed 100 ms sleep would
 * spend the reload budget), rebuilds, and hands the result on. Events that arrive during a rebuild
 * stay on the queue, so one more rebuild follows.
 */
final class RebuildLoop implements Runnable {
    /**
     * A few milliseconds: the watcher delivers an event 0.5–13 ms after the write here (LIBRARIES.md
     * §6), so the events of one save arrive close together. Not tuned further; an event that misses
     * the window only causes one more (cheap) rebuild.
     */
    static final long SETTLE_MILLIS = 5;
    /** A burst of saves (a git checkout) must not postpone the rebuild forever. */
    static final long MAX_WAIT_MILLIS = 200;

    /** What one rebuild did: the result, the moment the first event of it arrived (nanoTime). */
    record Done(RebuildResult result, long firstEventNanos) {}

    private final Rebuilder rebuilder;
    private final BlockingQueue<Path> touched;
    private final Clock clock;
    private final Consumer<Done> onDone;
    private final Consumer<Exception> onError;

    RebuildLoop(Rebuilder rebuilder, BlockingQueue<Path> touched, Clock clock, Consumer<Done> onDone,
                Consumer<Exception> onError) {
        this.rebuilder = rebuilder;
        this.touched = touched;
        this.clock = clock;
        this.onDone = onDone;
        this.onError = onError;
    }

    /**
     * Makes the feeds, sitemap and search index after the pages have gone out, on another thread,
     * while watching for the next save: a save wins (the work is dropped and the save returned, to
     * start the next batch), so a large site's index never delays the page a writer is looking at.
     */
    private Path siteWide(long firstAt) throws InterruptedException {
        var work = rebuilder.pendingWork();
        if (work.isEmpty()) return null;
        CompletableFuture<Rebuilder.Made> made = CompletableFuture.supplyAsync(work.get()::make, task -> {
            Thread t = new Thread(task, "kiln-site-wide-outputs");
            t.setDaemon(true);
            t.start();
        });
        while (true) {
            Path next = touched.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
            if (next != null) {
                // Its result would be dropped anyway; stopping it frees the cores for the next rebuild.
                work.get().cancel();
                return next;
            }
            if (made.isDone()) {
                try {
                    rebuilder.accept(made.join()).ifPresent(rest -> onDone.accept(new Done(rest, firstAt)));
                } catch (java.util.concurrent.CompletionException e) {
                    onError.accept(e.getCause() instanceof Exception ex ? ex : e);
                }
                return null;
            }
        }
    }

    @Override
    public void run() {
        try {
            Path carried = null;
            while (!Thread.currentThread().isInterrupted()) {
                Path first = carried != null ? carried : touched.take();
                carried = null;
                long firstAt = System.nanoTime();
                Set<Path> batch = new LinkedHashSet<>();
                batch.add(first);
                long deadline = firstAt + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
                Path next;
                while ((next = touched.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    batch.add(next);
                    touched.drainTo(batch);
                    if (System.nanoTime() > deadline) break;
                }
                try {
                    onDone.accept(new Done(rebuilder.rebuild(batch, clock.instant()), firstAt));
                    carried = siteWide(firstAt);
                } catch (IOException | SetupError | RuntimeException e) {
                    onError.accept(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
