package dev.kiln.feed;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the build pool's tasks: a task's failure is a bug and surfaces unchanged. */
final class Parallel {
    private Parallel() {}

    static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing feeds", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }
}
