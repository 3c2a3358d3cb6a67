package dev.kiln.cli;

import picocli.CommandLine;

/**
 * Exit codes, in one place: 0 success; 1 errors in the site; 2 warnings only under
 * {@code --strict}; 64 bad usage (picocli's 2 would collide with that); 70 an internal error.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int SITE_ERRORS = 1;
    static final int STRICT_WARNINGS = 2;
    static final int USAGE = 64;
    static final int INTERNAL = 70;

    private ExitCodes() {}

    static int forException(Throwable t) {
        return t instanceof CommandLine.ParameterException ? USAGE : INTERNAL;
    }

    /** A bug: say so, show the trace, ask for a report. A user mistake never gets here. */
    static final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            cmd.getErr().println("kiln: internal error (this is a bug in Kiln, please report it with the trace below)");
            e.printStackTrace(cmd.getErr());
            return INTERNAL;
        }
    }

    /** Bad flags: the message and the command's usage, exit 64. */
    static final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("kiln: " + e.getMessage());
            cmd.getErr().println("Run 'kiln help " + (cmd.getParent() == null ? "" : cmd.getCommandName()) + "' for usage.");
            return USAGE;
        }
    }
}
