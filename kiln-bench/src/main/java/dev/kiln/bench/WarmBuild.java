package dev.kiln.bench;

import dev.kiln.build.BuildOptions;
import dev.kiln.build.Builder;
import dev.kiln.build.Generated;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Whole builds in one JVM, to separate steady-state cost from JVM start and JIT warm-up:
 * {@code java -cp kiln-bench/target/benchmarks.jar dev.kiln.bench.WarmBuild SITE [RUNS]}.
 * Prints the time of each in-memory build ({@code Builder.generate}).
 */
public final class WarmBuild {
    private WarmBuild() {}

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (Builder builder = new Builder()) {
            for (int i = 1; i <= runs; i++) {
                long t = System.nanoTime();
                Generated g = builder.generate(BuildOptions.of(site, Instant.parse("2026-01-01T00:00:00Z")));
                long ms = (System.nanoTime() - t) / 1_000_000;
                System.out.printf("run %d: %d ms, %d files, %d diagnostics%n", i, ms, g.files().size(),
                        g.diagnostics().size());
            }
        }
    }
}
