package dev.kiln.cli;

/**
 * A command of {@code kiln}: its description and what it does with arguments the parser has
 * already checked against that description. Plain classes and one virtual call, no reflection:
 * {@code kiln --version} must not pay for every command's set-up (see docs/design-notes.md).
 */
interface Command {
    CommandSpec spec();

    /** Runs with checked arguments; returns the exit code. An exception here is a bug in Kiln. */
    int run(Call call) throws Exception;
}
