package dev.kiln.cli;

import java.util.List;

/** {@code kiln help [COMMAND…]}: the help of kiln, or of {@code build}, or of {@code new post}. */
final class HelpCommand implements Command {
    static final CommandSpec SPEC = new CommandSpec("kiln help",
            "Display help information about the specified command.",
            List.of(new Positional("COMMAND", Value.TEXT, false, true,
                    "The command to show help for, such as build or new post (default: kiln itself).")),
            List.of(), List.of(), false);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Call call) throws UsageError {
        CommandSpec shown = KilnCommand.SPEC;
        for (String word : call.args().rest("COMMAND")) {
            if (shown.subcommands().isEmpty()) {
                throw new UsageError(SPEC, "Too many arguments: " + shown.name() + " has no command '" + word + "'");
            }
            Command sub = shown.subcommand(word).orElse(null);
            if (sub == null) throw new UsageError(SPEC, ArgumentParser.unknownCommand(shown, word));
            shown = sub.spec();
        }
        HelpPrinter.printHelp(shown, call.out());
        return ExitCodes.OK;
    }
}
