package dev.kiln.parallel;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one function over many items on a pool's threads and the caller's.
 *
 * <p>Submitting one task per item and waiting for each future in turn made a thread hand-off per
 * item: at 10,000 posts, 35,000 voluntary context switches, and on this kind of VM every wake-up
 * is an inter-processor interrupt (about 8 % of a build's CPU samples). Here a few workers claim
 * items from a shared counter until none are left, so threads sleep and wake a few times per list,
 * not once per item. The caller claims items too: it would only wait otherwise, and a call from
 * inside a pool task cannot deadlock, since the caller alone can finish the list.
 *
 * <p>A task's failure is a bug and surfaces unchanged (the first one, once the items already
 * started have finished); the items not yet started are skipped. When the pool reports itself
 * shut down (a superseded rebuild's pool is cancelled), items not yet started are skipped and the
 * call throws {@link CancellationException}.
 */
public final class Parallel {
    private Parallel() {}

    /** {@code fn} applied to every item, in the items' order; each item on any thread. */
    public static <T, R> List<R> map(ExecutorService pool, List<? extends T> items, Function<? super T, ? extends R> fn) {
        if (items.isEmpty()) return List.of();
        Run<T, R> run = new Run<>(pool, items, fn);
        int helpers = Math.min(items.size() - 1, Runtime.getRuntime().availableProcessors() - 1);
        try {
            for (int i = 0; i < helpers; i++) pool.execute(run::work);
        } catch (RejectedExecutionException e) {
            // The pool is shut down: the caller's own claim below reports the cancellation.
        }
        run.work();
        return run.results();
    }

    /** {@code action} done for every item, each on any thread. */
    public static <T> void forEach(ExecutorService pool, List<? extends T> items, Consumer<? super T> action) {
        map(pool, items, item -> {
            action.accept(item);
            return null;
        });
    }

    /** Work on one item that reads or writes files. */
    @FunctionalInterface
    public interface IoFunction<T, R> {
        R apply(T item) throws IOException;
    }

    /** Work on one item that reads or writes files, with no result. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T item) throws IOException;
    }

    /** As {@link #map}, for file work: the first item's IOException surfaces as itself. */
    public static <T, R> List<R> mapIo(ExecutorService pool, List<? extends T> items,
                                       IoFunction<? super T, ? extends R> fn) throws IOException {
        try {
            return map(pool, items, item -> {
                try {
                    return fn.apply(item);
                } catch (IOException e) {
                    throw new IoFailure(e);
                }
            });
        } catch (IoFailure f) {
            throw f.cause;
        }
    }

    /** As {@link #forEach}, for file work: the first item's IOException surfaces as itself. */
    public static <T> void forEachIo(ExecutorService pool, List<? extends T> items, IoConsumer<? super T> action)
            throws IOException {
        mapIo(pool, items, item -> {
            action.accept(item);
            return null;
        });
    }

    /** Carries an item's IOException through {@link #map}, which lets only unchecked ones through. */
    private static final class IoFailure extends RuntimeException {
        final IOException cause;

        IoFailure(IOException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** Waits for one task; its failure surfaces unchanged. */
    public static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the build", e);
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        }
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    private static final class Run<T, R> {
        private final ExecutorService pool;
        private final List<? extends T> items;
        private final Function<? super T, ? extends R> fn;
        private final Object[] results;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final CountDownLatch done = new CountDownLatch(1);

        Run(ExecutorService pool, List<? extends T> items, Function<? super T, ? extends R> fn) {
            this.pool = pool;
            this.items = items;
            this.fn = fn;
            this.results = new Object[items.size()];
        }

        /** Claims and runs items until none are left; a helper that starts late finds none. */
        void work() {
            int n = results.length;
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                if (pool.isShutdown()) {
                    fail(new CancellationException("the build was cancelled"));
                    return;
                }
                try {
                    results[i] = fn.apply(items.get(i));
                } catch (Throwable t) {
                    fail(t);
                    return;
                }
                finish(1);
            }
        }

        /** Records the first failure; counts the failed item and the unclaimed ones as finished. */
        private void fail(Throwable t) {
            failure.compareAndSet(null, t);
            int unclaimed = Math.max(0, results.length - next.getAndSet(results.length));
            finish(1 + unclaimed);
        }

        private void finish(int count) {
            if (finished.addAndGet(count) == results.length) done.countDown();
        }

        @SuppressWarnings("unchecked")
        List<R> results() {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during the build", e);
            }
            Throwable t = failure.get();
            if (t != null) throw unchecked(t);
            return Collections.unmodifiableList(Arrays.asList((R[]) results));
        }
    }
}
