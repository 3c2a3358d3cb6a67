package dev.kiln.cli;

import java.util.List;

/**
 * One {@code --name} option of a command: a flag, or an option with one value of a {@link Value}
 * kind (checked while parsing, so a command never sees a malformed value), maybe repeatable, maybe
 * with a default.
 */
record Option(String name, String label, Value value, List<String> choices, boolean repeatable, String defaultValue,
              String description) {
    Option {
        if (!name.startsWith("--")) throw new IllegalArgumentException("a long option name starts with --: " + name);
        choices = List.copyOf(choices);
    }

    static Option flag(String name, String description) {
        return new Option(name, "", Value.NONE, List.of(), false, null, description);
    }

    static Option text(String name, String label, String description) {
        return new Option(name, label, Value.TEXT, List.of(), false, null, description);
    }

    static Option path(String name, String label, String description) {
        return new Option(name, label, Value.PATH, List.of(), false, null, description);
    }

    static Option number(String name, String label, String description) {
        return new Option(name, label, Value.NUMBER, List.of(), false, null, description);
    }

    static Option choice(String name, String label, List<String> choices, String description) {
        return new Option(name, label, Value.CHOICE, choices, false, null, description);
    }

    Option withDefault(String value) {
        return new Option(name, label, this.value, choices, repeatable, value, description);
    }

    Option repeated() {
        return new Option(name, label, value, choices, true, defaultValue, description);
    }

    boolean isFlag() {
        return value == Value.NONE;
    }

    /** As the usage line and the help list show it: {@code --output=DIR} or {@code --drafts}. */
    String synopsis() {
        return isFlag() ? name : name + "=" + label;
    }
}
