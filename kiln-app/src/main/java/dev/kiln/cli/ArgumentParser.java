package dev.kiln.cli;

import dev.kiln.data.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns {@code kiln …} arguments into the command to run and its checked {@link Arguments}.
 *
 * <p>The grammar is the usual one: words select subcommands until a command without any;
 * {@code --name value} and {@code --name=value} in any order with positionals; flags may be
 * written {@code --flag=true|false}; short options cluster ({@code -hV}); {@code --} ends the
 * options, so a title may start with a dash; an argument that only starts with one ({@code -1},
 * {@code "- a list"}) is a positional without it. {@code -h/--help} and {@code -V/--version} win over
 * any mistake elsewhere on the line, so asking for help always works; otherwise the first mistake
 * is reported, with a suggestion for a misspelt command or option.
 */
final class ArgumentParser {
    /** What the command line asks for. */
    enum Request { RUN, HELP, VERSION }

    record Parsed(Command command, Request request, Arguments args) {}

    private Command command;
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();
    private boolean help;
    private boolean version;
    private UsageError mistake;

    private ArgumentParser(Command root) {
        this.command = root;
    }

    static Parsed parse(Command root, String[] args) throws UsageError {
        return new ArgumentParser(root).parse(args);
    }

    private Parsed parse(String[] args) throws UsageError {
        boolean endOfOptions = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!endOfOptions && arg.equals("--")) {
                endOfOptions = true;
            } else if (!endOfOptions && isLongOption(arg)) {
                i = longOption(args, i);
            } else if (!endOfOptions && isShortOptions(arg)) {
                shortOptions(arg);
            } else if (!spec().subcommands().isEmpty()) {
                if (!subcommand(arg)) break;
            } else {
                positional(arg);
            }
        }
        CommandSpec spec = spec();
        if (help) return new Parsed(command, Request.HELP, null);
        if (version) return new Parsed(command, Request.VERSION, null);
        if (mistake != null) throw mistake;
        List<String> missing = new ArrayList<>();
        for (int i = positionals.size(); i < spec.positionals().size(); i++) {
            if (spec.positionals().get(i).required()) missing.add(spec.positionals().get(i).label());
        }
        if (!missing.isEmpty()) {
            throw new UsageError(spec, "Missing required " + (missing.size() == 1 ? "argument: " : "arguments: ")
                    + String.join(", ", missing));
        }
        return new Parsed(command, Request.RUN, new Arguments(spec, options, positionals));
    }

    private CommandSpec spec() {
        return command.spec();
    }

    /** Handles the long option at {@code args[i]}; returns the index of the last argument it used. */
    private int longOption(String[] args, int i) {
        String arg = args[i];
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg : arg.substring(0, eq);
        String attached = eq < 0 ? null : arg.substring(eq + 1);
        if (name.equals("--help") || name.equals("--version") && spec().takesVersion()) {
            if (attached != null) fail("Option '" + name + "' takes no value");
            else if (name.equals("--help")) help = true;
            else version = true;
            return i;
        }
        Optional<Option> declared = spec().option(name);
        if (declared.isEmpty()) {
            fail("Unknown option '" + name + "'" + suggestion(name, optionNames()));
            return i;
        }
        Option option = declared.get();
        String value;
        if (option.isFlag()) {
            value = attached == null ? "true" : attached;
        } else if (attached != null) {
            value = attached;
        } else if (i + 1 < args.length && !isOption(args[i + 1])) {
            value = args[++i];
        } else {
            String found = i + 1 < args.length ? ", but found option '" + args[i + 1] + "'" : "";
            fail("Missing value for option '" + name + "' (" + option.label() + ")" + found);
            return i;
        }
        String problem = option.value().problem(value, option.choices());
        if (problem != null) {
            fail("Invalid value for option '" + name + "': " + problem);
        } else if (options.containsKey(name) && !option.repeatable()) {
            fail("Option '" + name + "' should be given only once");
        } else {
            List<String> values = options.get(name);
            if (values == null) options.put(name, values = new ArrayList<>());
            values.add(value);
        }
        return i;
    }

    /** {@code -h}, {@code -V} or a cluster of them: the only short options Kiln has. */
    private void shortOptions(String arg) {
        for (int k = 1; k < arg.length(); k++) {
            char c = arg.charAt(k);
            if (c == 'h') {
                help = true;
            } else if (c == 'V' && spec().takesVersion()) {
                version = true;
            } else {
                String unknown = "-" + c;
                fail("Unknown option '" + unknown + "'" + (arg.length() == 2 ? "" : " in '" + arg + "'")
                        + shortSuggestion(c));
            }
        }
    }

    /** Selects a subcommand; false (and a mistake) when there is none by that name. */
    private boolean subcommand(String word) {
        Optional<Command> sub = spec().subcommand(word);
        if (sub.isPresent()) {
            command = sub.get();
            return true;
        }
        fail(unknownCommand(spec(), word));
        return false;
    }

    /** "Unknown command 'new sitee'; did you mean 'new site'?" */
    static String unknownCommand(CommandSpec parent, String word) {
        List<String> words = new ArrayList<>();
        for (Command c : parent.subcommands()) words.add(c.spec().word());
        String prefix = parent.name().substring("kiln".length()).strip();
        String shown = prefix.isEmpty() ? word : prefix + " " + word;
        Optional<String> near = Suggestions.nearest(word, words);
        return "Unknown command '" + shown + "'"
                + (near.isEmpty() ? "" : "; did you mean '" + (prefix.isEmpty() ? "" : prefix + " ") + near.get() + "'?");
    }

    private void positional(String arg) {
        List<Positional> declared = spec().positionals();
        int index = positionals.size();
        Positional p = index < declared.size() ? declared.get(index)
                : !declared.isEmpty() && declared.get(declared.size() - 1).repeatable() ? declared.get(declared.size() - 1)
                : null;
        if (p == null) {
            StringBuilder takes = new StringBuilder();
            for (Positional d : declared) takes.append(takes.length() == 0 ? "" : " ").append(d.synopsis());
            fail("Too many arguments: '" + arg + "' is one more than " + spec().name()
                    + (declared.isEmpty() ? " takes (it takes none)" : " takes (" + takes + ")"));
            return;
        }
        String problem = p.value().problem(arg, List.of());
        if (problem != null) {
            fail("Invalid value for " + p.label() + ": " + problem);
            return;
        }
        positionals.add(arg);
    }

    /**
     * {@code --name} or {@code --name=value}, a name of letters, digits and dashes. Anything else
     * that starts with a dash ({@code -1}, {@code "- a title"}) is a positional, as it reads.
     */
    private static boolean isLongOption(String arg) {
        int end = arg.indexOf('=') < 0 ? arg.length() : arg.indexOf('=');
        if (end < 3 || !arg.startsWith("--") || !Character.isLetter(arg.charAt(2))) return false;
        for (int k = 3; k < end; k++) {
            char c = arg.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != '-') return false;
        }
        return true;
    }

    /** {@code -h}, {@code -hV}: a dash and letters only. */
    private static boolean isShortOptions(String arg) {
        if (arg.length() < 2 || arg.charAt(0) != '-') return false;
        for (int k = 1; k < arg.length(); k++) {
            if (!Character.isLetter(arg.charAt(k))) return false;
        }
        return true;
    }

    /** Whether {@code arg} reads as an option of the command, so it cannot be another option's value. */
    private boolean isOption(String arg) {
        if (arg.equals("--")) return true;
        String name = arg.indexOf('=') < 0 ? arg : arg.substring(0, arg.indexOf('='));
        return optionNames().contains(name) || arg.equals("-h") || arg.equals("-V") && spec().takesVersion();
    }

    private List<String> optionNames() {
        List<String> names = new ArrayList<>();
        for (Option o : spec().options()) names.add(o.name());
        names.add("--help");
        if (spec().takesVersion()) names.add("--version");
        return names;
    }

    /** {@code -q} for {@code --quiet}: the one long option with that first letter, if there is one. */
    private String shortSuggestion(char c) {
        String match = null;
        for (String name : optionNames()) {
            if (name.charAt(2) != c) continue;
            if (match != null) return "";
            match = name;
        }
        return match == null ? "" : "; did you mean '" + match + "'?";
    }

    private static String suggestion(String name, List<String> known) {
        return Suggestions.nearest(name, known).map(n -> "; did you mean '" + n + "'?").orElse("");
    }

    /** Keeps the first mistake: later ones are often consequences of it. */
    private void fail(String message) {
        if (mistake == null) mistake = new UsageError(spec(), message);
    }
}
