package dev.kiln.cli;

/** One positional argument of a command: its label in help, kind, whether it is required or repeatable. */
record Positional(String label, Value value, boolean required, boolean repeatable, String description) {
    static Positional required(String label, Value value, String description) {
        return new Positional(label, value, true, false, description);
    }

    static Positional optional(String label, Value value, String description) {
        return new Positional(label, value, false, false, description);
    }

    /** As the usage line and the help list show it: {@code DIR}, {@code [SITE]}, {@code [COMMAND...]}. */
    String synopsis() {
        String s = label + (repeatable ? "..." : "");
        return required ? s : "[" + s + "]";
    }
}
