package dev.kiln.cli;

import java.util.List;

/** {@code kiln}: the top of the command tree; alone, it prints its help. */
final class KilnCommand implements Command {
    static final CommandSpec SPEC = CommandSpec.withSubcommands("kiln",
            "Kiln turns a folder of Markdown posts into a fast, valid blog.",
            List.of(new BuildCommand(), new ServeCommand(), new CheckCommand(), new NewCommand(), new ImportCommand(),
                    new HelpCommand()));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Call call) {
        HelpPrinter.printHelp(SPEC, call.out());
        return ExitCodes.OK;
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static String version() {
        String v = KilnCommand.class.getPackage().getImplementationVersion();
        return "kiln " + (v == null ? "development" : v);
    }
}
