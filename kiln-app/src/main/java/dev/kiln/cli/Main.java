package dev.kiln.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** The {@code kiln} program. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                System.getenv(), Clock.systemDefaultZone()));
    }

    /** Runs {@code kiln args} with the given streams, environment and clock; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock) {
        CommandLine cli = new CommandLine(new KilnCommand(new Environment(env, clock)));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(ExitCodes::forException);
        cli.setExecutionExceptionHandler(new ExitCodes.InternalErrorHandler());
        cli.setParameterExceptionHandler(new ExitCodes.UsageErrorHandler());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
