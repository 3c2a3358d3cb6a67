package dev.kiln.build;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for parallel work while keeping the original exception of a failed task. */
final class Futures {
    private Futures() {}

    static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the build", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
