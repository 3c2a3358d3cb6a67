package dev.kiln.build;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * An executor that runs its tasks on another until {@link #cancel} is called; from then on every
 * task not yet started is cancelled instead of run, so whoever waits for it gets a
 * {@link CancellationException} at once. Work that a newer save makes useless (the feeds and
 * search index of a superseded rebuild) then stops within one task instead of holding a core for
 * seconds while the next rebuild needs it. It never shuts its delegate down.
 */
final class Cancellable extends AbstractExecutorService {
    private final ExecutorService delegate;
    private volatile boolean cancelled;

    Cancellable(ExecutorService delegate) {
        this.delegate = delegate;
    }

    void cancel() {
        cancelled = true;
    }

    /** Throws {@link CancellationException} once cancelled: for long steps between tasks. */
    void check() {
        if (cancelled) throw new CancellationException("superseded by a newer rebuild");
    }

    @Override
    public void execute(Runnable task) {
        delegate.execute(() -> {
            if (!cancelled) {
                task.run();
            } else if (task instanceof Future<?> f) {
                f.cancel(false);
            }
        });
    }

    @Override
    public void shutdown() {
        cancel();
    }

    @Override
    public List<Runnable> shutdownNow() {
        cancel();
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return cancelled;
    }

    @Override
    public boolean isTerminated() {
        return cancelled;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return cancelled;
    }
}
