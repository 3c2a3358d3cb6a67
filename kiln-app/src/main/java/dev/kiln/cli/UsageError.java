package dev.kiln.cli;

/**
 * A command line that does not fit the command's description: printed as one line, the
 * command's usage and where to find its help, exit code 64 — never a stack trace.
 */
final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient CommandSpec command;

    UsageError(CommandSpec command, String message) {
        super(message, null, false, false);
        this.command = command;
    }

    /** The command whose usage to show. */
    CommandSpec command() {
        return command;
    }
}
