package dev.kiln.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of one command line, already checked by {@link ArgumentParser} against the
 * command's {@link CommandSpec}: the typed getters cannot fail on user input. Asking for an option
 * or positional the command does not declare is a bug, and throws.
 */
final class Arguments {
    private final CommandSpec command;
    private final Map<String, List<String>> options;
    private final List<String> positionals;

    Arguments(CommandSpec command, Map<String, List<String>> options, List<String> positionals) {
        this.command = command;
        Map<String, List<String>> copy = new HashMap<>();
        for (Map.Entry<String, List<String>> e : options.entrySet()) copy.put(e.getKey(), List.copyOf(e.getValue()));
        this.options = Map.copyOf(copy);
        this.positionals = List.copyOf(positionals);
    }

    CommandSpec command() {
        return command;
    }

    /** A flag is on when given, unless given as {@code --flag=false}. */
    boolean flag(String name) {
        List<String> given = given(name);
        return !given.isEmpty() && !given.get(given.size() - 1).equalsIgnoreCase("false");
    }

    /** The option's value, else its default, else empty. */
    Optional<String> text(String name) {
        List<String> given = given(name);
        return given.isEmpty() ? Optional.ofNullable(declared(name).defaultValue()) : Optional.of(given.get(0));
    }

    Optional<Path> path(String name) {
        return text(name).map(Path::of);
    }

    /** A number option's value or default; one without either is a bug in the command's spec. */
    int number(String name) {
        return Integer.parseInt(text(name).orElseThrow(() -> new IllegalStateException(name + " has no default")));
    }

    /** Every value of a repeatable option, in order. */
    List<String> texts(String name) {
        return given(name);
    }

    /** The positional with this label, if given. */
    Optional<String> positional(String label) {
        int index = positionalIndex(label);
        return index < positionals.size() ? Optional.of(positionals.get(index)) : Optional.empty();
    }

    Optional<Path> positionalPath(String label) {
        return positional(label).map(Path::of);
    }

    /** A positional the parser made sure is there. */
    String required(String label) {
        return positional(label).orElseThrow(() -> new IllegalStateException(label + " is not required"));
    }

    /** The positional with this label and every one after it (a repeatable last positional). */
    List<String> rest(String label) {
        int index = positionalIndex(label);
        return index < positionals.size() ? positionals.subList(index, positionals.size()) : List.of();
    }

    private List<String> given(String name) {
        declared(name);
        return options.getOrDefault(name, List.of());
    }

    private Option declared(String name) {
        return command.option(name)
                .orElseThrow(() -> new IllegalArgumentException(command.name() + " declares no option " + name));
    }

    private int positionalIndex(String label) {
        List<Positional> declared = command.positionals();
        for (int i = 0; i < declared.size(); i++) {
            if (declared.get(i).label().equals(label)) return i;
        }
        throw new IllegalArgumentException(command.name() + " declares no positional " + label);
    }
}
