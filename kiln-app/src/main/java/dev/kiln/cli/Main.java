package dev.kiln.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;

/** The {@code kiln} program. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                System.getenv(), new SystemClock()));
    }

    /** Runs {@code kiln args} with the given streams, environment and clock; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock) {
        int code = execute(args, out, err, new Environment(env, clock));
        out.flush();
        err.flush();
        return code;
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
        try {
            ArgumentParser.Parsed parsed = ArgumentParser.parse(new KilnCommand(), args);
            if (parsed.request() == ArgumentParser.Request.HELP) {
                HelpPrinter.printHelp(parsed.command().spec(), out);
                return ExitCodes.OK;
            }
            if (parsed.request() == ArgumentParser.Request.VERSION) {
                out.println(KilnCommand.version());
                return ExitCodes.OK;
            }
            return parsed.command().run(new Call(parsed.args(), out, err, environment));
        } catch (UsageError e) {
            CommandSpec command = e.command();
            err.println("kiln: " + e.getMessage());
            HelpPrinter.print(HelpPrinter.usage(command), err);
            err.println("Run '" + command.helpCommand() + "' for details.");
            return ExitCodes.USAGE;
        } catch (IOException | UncheckedIOException e) {
            err.println("kiln: error: " + IoProblem.describe(e));
            err.println("  hint: " + IoProblem.HINT);
            return ExitCodes.IO_ERROR;
        } catch (Exception e) {
            // A bug: say so, show the trace, ask for a report. A user mistake never gets here.
            err.println("kiln: internal error (this is a bug in Kiln, please report it with the trace below)");
            e.printStackTrace(err);
            return ExitCodes.INTERNAL;
        }
    }
}
