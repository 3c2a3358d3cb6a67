package dev.kiln.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ParallelTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void resultsComeInTheItemsOrderWhateverThreadMadeThem() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> out = Parallel.map(pool, items, i -> {
            threads.add(Thread.currentThread().getName());
            return "#" + i;
        });
        assertThat(out).hasSize(10_000);
        for (int i = 0; i < out.size(); i++) assertThat(out.get(i)).isEqualTo("#" + i);
        assertThat(threads).contains(Thread.currentThread().getName());
    }

    @Test
    void everyItemRunsExactlyOnce() {
        AtomicInteger[] runs = IntStream.range(0, 5_000).mapToObj(i -> new AtomicInteger()).toArray(AtomicInteger[]::new);
        Parallel.forEach(pool, List.of(runs), AtomicInteger::incrementAndGet);
        for (AtomicInteger r : runs) assertThat(r.get()).isEqualTo(1);
    }

    @Test
    void noItemsNoWork() {
        assertThat(Parallel.map(pool, List.<String>of(), s -> s)).isEmpty();
    }

    @Test
    void aFailingItemSurfacesItsOwnExceptionAndStopsTheRest() {
        AtomicInteger ran = new AtomicInteger();
        IllegalArgumentException boom = new IllegalArgumentException("item 3");
        List<Integer> items = IntStream.range(0, 100_000).boxed().toList();
        assertThatThrownBy(() -> Parallel.map(pool, items, i -> {
            ran.incrementAndGet();
            if (i == 3) throw boom;
            return i;
        })).isSameAs(boom);
        assertThat(ran.get()).isLessThan(100_000);
    }

    @Test
    void fileWorkGivesItsResultsInOrderAndItsIOExceptionAsItself() throws Exception {
        assertThat(Parallel.mapIo(pool, List.of(1, 2, 3), i -> "#" + i)).containsExactly("#1", "#2", "#3");
        java.io.IOException disk = new java.io.IOException("disk full");
        assertThatThrownBy(() -> Parallel.forEachIo(pool, IntStream.range(0, 1_000).boxed().toList(), i -> {
            if (i == 500) throw disk;
        })).isSameAs(disk);
        // Only the item's own checked exception is unwrapped: an unchecked one stays what it was.
        java.io.UncheckedIOException wrapped = new java.io.UncheckedIOException(new java.io.IOException("inner"));
        assertThatThrownBy(() -> Parallel.mapIo(pool, List.of(1), i -> {
            throw wrapped;
        })).isSameAs(wrapped);
    }

    @Test
    void anErrorSurfacesUnchanged() {
        StackOverflowError error = new StackOverflowError("deep");
        assertThatThrownBy(() -> Parallel.forEach(pool, List.of(1, 2, 3), i -> {
            if (i == 2) throw error;
        })).isSameAs(error);
    }

    @Test
    void aCallFromInsideThePoolFinishesWhileItsWorkerIsBusy() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core: the caller works alone, no helper");
        // The pool's one worker and the caller each hold an outer item until both are running one;
        // then each maps an inner list on the same pool, whose helper cannot start while the
        // worker is busy: each caller must finish its inner list alone.
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch bothBusy = new CountDownLatch(2);
            Set<String> outerThreads = ConcurrentHashMap.newKeySet();
            List<Integer> sums = Parallel.map(one, List.of(1, 2), outer -> {
                outerThreads.add(Thread.currentThread().getName());
                bothBusy.countDown();
                await(bothBusy);
                return Parallel.map(one, List.of(1, 2, 3), inner -> outer * inner).stream().mapToInt(x -> x).sum();
            });
            assertThat(sums).containsExactly(6, 12);
            assertThat(outerThreads).hasSize(2).contains(Thread.currentThread().getName());
        } finally {
            one.shutdownNow();
        }
    }

    @Test
    void aShutDownPoolCancelsTheItemsNotStarted() {
        AtomicInteger ran = new AtomicInteger();
        ExecutorService cancelled = Executors.newFixedThreadPool(2);
        cancelled.shutdown();
        assertThatThrownBy(() -> Parallel.forEach(cancelled, List.of(1, 2, 3), i -> ran.incrementAndGet()))
                .isInstanceOf(CancellationException.class);
        assertThat(ran.get()).isZero();
    }

    @Test
    void shuttingThePoolDownMidwayStopsTheList() {
        AtomicInteger ran = new AtomicInteger();
        ExecutorService pool2 = Executors.newFixedThreadPool(2);
        List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
        assertThatThrownBy(() -> Parallel.forEach(pool2, items, i -> {
            if (ran.incrementAndGet() == 10) pool2.shutdown();
        })).isInstanceOf(CancellationException.class);
        assertThat(ran.get()).isBetween(10, 12);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("both threads running an outer item").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
