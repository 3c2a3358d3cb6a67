package dev.kiln.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** The kinds of value an option or positional takes, each with the check the parser applies. */
enum Value {
    /** A flag: no value (or {@code --flag=true|false}). */
    NONE,
    TEXT,
    PATH,
    /** A whole number that fits an int. */
    NUMBER,
    /** One of a fixed list of words, case-sensitive. */
    CHOICE;

    /** Why {@code text} is not a value of this kind, or null when it is. */
    String problem(String text, List<String> choices) {
        return switch (this) {
            case NONE -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false") ? null
                    : "'" + text + "' is not true or false (the option takes no value)";
            case TEXT -> null;
            case PATH -> pathProblem(text);
            case NUMBER -> numberProblem(text);
            case CHOICE -> choices.contains(text) ? null
                    : "expected one of " + String.join(", ", choices) + " but was '" + text + "'";
        };
    }

    private static String pathProblem(String text) {
        if (text.isEmpty()) return "the path is empty";
        try {
            Path.of(text);
            return null;
        } catch (InvalidPathException e) {
            return "'" + text + "' is not a path (" + e.getReason() + ")";
        }
    }

    private static String numberProblem(String text) {
        try {
            Integer.parseInt(text);
            return null;
        } catch (NumberFormatException e) {
            return "'" + text + "' is not a whole number";
        }
    }
}
