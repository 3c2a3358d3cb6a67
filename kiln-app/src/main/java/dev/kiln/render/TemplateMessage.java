package dev.kiln.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pebble's error messages in a template writer's terms: Pebble names Java classes
 * ({@code Models$PostModel}) and its own settings; a writer knows {@code post} and filters.
 */
record TemplateMessage(String message, String hint) {
    private static final String SPELLING = "check the spelling against docs/templates.md";
    private static final String OPTIONAL =
            "for a value that may be missing write {{ x | default(\"\") }}, {% if x is not null %} or {% if x is not empty %}";

    private record Rule(Pattern pattern, String message, String hint) {}

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("Root attribute \\[(\\w+)\\] does not exist.*"),
                    "unknown variable \"$1\" (this page has no such variable)", SPELLING + "; " + OPTIONAL),
            new Rule(Pattern.compile("Attribute \\[(\\w+)\\] of \\[(?:[\\w.]+\\$)?([\\w.]+?)(?:Model)?\\] does not exist.*"),
                    "\"$1\" does not exist on $2", SPELLING + "; " + OPTIONAL),
            new Rule(Pattern.compile("Attempt to get attribute of null object.*"),
                    "an attribute of an empty (null) value", OPTIONAL),
            new Rule(Pattern.compile("null value (?:given to|used in) (\\w+).*"),
                    "an empty (null) value in \"$1\"", OPTIONAL),
            new Rule(Pattern.compile("Wrong operand\\(s\\) type in conditional expression.*"),
                    "the condition is not true or false (a missing value or text?)",
                    "test what you mean: {% if x is not null %}, {% if x is not empty %} or {% if x | default(false) %}"),
            new Rule(Pattern.compile("Unexpected token \"\\w+\" of value \"([^\"]*)\".*", Pattern.DOTALL),
                    "unexpected \"$1\" (the tag or expression before it is incomplete)",
                    "see docs/templates.md and Pebble's syntax: {{ expression }}, {% tag %}, {# comment #}"),
            new Rule(Pattern.compile("Filter \\[(\\w+)\\] does not exist.*"),
                    "unknown filter \"$1\"", SPELLING + " (Kiln's filters: iso, json, absolute; and Pebble's)"),
            new Rule(Pattern.compile("Function or Macro \\[(\\w+)\\] does not exist.*"),
                    "unknown function or macro \"$1\"", SPELLING));

    static TemplateMessage of(String pebbleMessage) {
        String m = pebbleMessage.strip();
        for (Rule r : RULES) {
            Matcher matcher = r.pattern().matcher(m);
            if (matcher.matches()) {
                String what = matcher.replaceFirst(r.message())
                        .replaceAll("on (?:java\\.util\\.)?(?:LinkedHashMap|HashMap|Map|ImmutableCollections\\.\\w+)$", "on this map");
                return new TemplateMessage(lowerModelName(what), r.hint());
            }
        }
        return new TemplateMessage(m, "see docs/templates.md for the template syntax and the variables each page has");
    }

    /** {@code on Post} reads better as {@code on post}. */
    private static String lowerModelName(String s) {
        Matcher m = Pattern.compile(" on ([A-Z])(\\w*)$").matcher(s);
        return m.find() ? s.substring(0, m.start()) + " on " + m.group(1).toLowerCase() + m.group(2) : s;
    }
}
