package dev.kiln.cli;

import java.util.List;
import java.util.Optional;

/**
 * What a command accepts, as plain data: its full name ({@code kiln new post}), a one-line
 * description, positionals, options and subcommands. The parser, the help printer and the usage
 * errors all read this one description, so they cannot disagree. Every command takes
 * {@code -h/--help}; all but {@code kiln help} take {@code -V/--version}.
 */
record CommandSpec(String name, String description, List<Positional> positionals, List<Option> options,
                   List<Command> subcommands, boolean takesVersion) {
    CommandSpec {
        positionals = List.copyOf(positionals);
        options = List.copyOf(options);
        subcommands = List.copyOf(subcommands);
    }

    static CommandSpec of(String name, String description, List<Positional> positionals, List<Option> options) {
        return new CommandSpec(name, description, positionals, options, List.of(), true);
    }

    static CommandSpec withSubcommands(String name, String description, List<Command> subcommands) {
        return new CommandSpec(name, description, List.of(), List.of(), subcommands, true);
    }

    /** The word that selects this command under its parent: {@code post} of {@code kiln new post}. */
    String word() {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    Optional<Option> option(String optionName) {
        for (Option o : options) {
            if (o.name().equals(optionName)) return Optional.of(o);
        }
        return Optional.empty();
    }

    Optional<Command> subcommand(String word) {
        for (Command c : subcommands) {
            if (c.spec().word().equals(word)) return Optional.of(c);
        }
        return Optional.empty();
    }

    /** What {@code kiln help …} needs to show this command's help: {@code kiln help new post}. */
    String helpCommand() {
        return "kiln help" + name.substring("kiln".length());
    }
}
