package dev.kiln.output;

import static dev.kiln.output.OutputFixture.file;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterConcurrencyTest {
    private static final int THREADS = 8;
    private static final int FILES_PER_THREAD = 2_000;

    @TempDir
    Path temp;

    @Test
    @Timeout(120)
    void eightThreadsAcceptingTwoThousandFilesEachIntoSharedFolders() throws Exception {
        OutputFixture fx = new OutputFixture(temp);

        List<OutputWriter.Outcome> first = buildFromThreads(fx);
        assertThat(first).hasSize(THREADS * FILES_PER_THREAD + 1).containsOnly(OutputWriter.Outcome.WRITTEN);
        assertThat(fx.out("d20/t3-f1700.html")).hasContent("file 3/1700");
        assertThat(fx.out("index.html")).hasContent("published last");
        assertThat(fx.manifest().lines()).hasSize(THREADS * FILES_PER_THREAD + 2);
        byte[] manifest = Files.readAllBytes(fx.out(".kiln-manifest"));

        List<OutputWriter.Outcome> second = buildFromThreads(fx);
        assertThat(second).hasSize(THREADS * FILES_PER_THREAD + 1).containsOnly(OutputWriter.Outcome.UNCHANGED);
        assertThat(Files.readAllBytes(fx.out(".kiln-manifest"))).isEqualTo(manifest);
        // Every file in place and no temporary left: 16,001 files, 40 folders, the manifest.
        assertThat(fx.tree()).hasSize(THREADS * FILES_PER_THREAD + 1 + 40 + 1);
    }

    /** Every thread writes into the same 40 folders, so they race to create them. */
    private static List<OutputWriter.Outcome> buildFromThreads(OutputFixture fx) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<OutputWriter.Outcome> outcomes = new ArrayList<>();
        try (OutputWriter.Session session = OutputWriter.begin(fx.open())) {
            List<Future<List<OutputWriter.Outcome>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<List<OutputWriter.Outcome>> task = () -> {
                    start.await();
                    List<OutputWriter.Outcome> mine = new ArrayList<>();
                    for (int i = 0; i < FILES_PER_THREAD; i++) {
                        String path = "d" + (i % 40) + "/t" + thread + "-f" + i + ".html";
                        mine.add(session.accept(file(path, "file " + thread + "/" + i)));
                    }
                    return mine;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<OutputWriter.Outcome>> f : futures) outcomes.addAll(f.get());
            session.mark();
            outcomes.add(session.accept(file("index.html", "published last")));
            // The 16,000 renames on the pool too, as a build commits, then index.html in a stretch of
            // its own. This checks that every file lands and no temporary is left, not the order.
            OutputWriter.Result result = session.commit("", pool);
            assertThat(result.written() + result.unchanged()).isEqualTo(THREADS * FILES_PER_THREAD + 1);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        return outcomes;
    }
}
