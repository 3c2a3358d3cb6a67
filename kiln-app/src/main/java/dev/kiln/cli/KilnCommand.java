package dev.kiln.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kiln}: the top of the command tree. */
@Command(name = "kiln", mixinStandardHelpOptions = true, versionProvider = KilnCommand.Version.class,
        description = "Kiln turns a folder of Markdown posts into a fast, valid blog.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class,
                ImportCommand.class, CommandLine.HelpCommand.class})
final class KilnCommand implements Callable<Integer> {
    final Environment environment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    KilnCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = KilnCommand.class.getPackage().getImplementationVersion();
            return new String[] {"kiln " + (v == null ? "development" : v)};
        }
    }
}
