package dev.kiln.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the real command line in-process with captured output and a fixed clock. */
record Cli(int exitCode, String out, String err) {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    static Cli run(String... args) {
        return runWith(Map.of(), args);
    }

    static Cli runWith(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env, CLOCK);
        return new Cli(code, out.toString(), err.toString());
    }
}
