package dev.kiln.data;

import dev.kiln.source.Location;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Turns a snakeyaml-engine syntax error into one diagnostic: the position comes from its marks
 * (never from its message), the wording from its one-line problem text, and the hint from the
 * character found at that position.
 */
final class YamlSyntaxError {
    private YamlSyntaxError() {}

    static void report(MarkedYamlEngineException e, Region region, Problems problems) {
        Optional<Mark> problem = e.getProblemMark();
        Optional<Mark> context = e.getContextMark();
        int end = contentEnd(region);
        int index = problem.or(() -> context).map(Mark::getIndex).orElse(0);
        if (index >= end && context.isPresent() && context.get().getIndex() < end) {
            // The text ran out: the mistake is whatever was left open, where the context mark points.
            int opened = context.get().getIndex();
            reportUnclosed(region.codePointAt(opened), region.at(opened, 1), describe(e), problems);
            return;
        }
        index = Math.max(0, Math.min(index, end - 1));
        Location at = region.at(index, 1);
        int found = region.codePointAt(index);
        if (found == '\t') {
            problems.error("data.syntax", at, "a tab character is not allowed here",
                    "YAML indentation must use spaces, not tabs");
        } else if (closesQuote(region, index)) {
            problems.error("data.syntax", at, "text after the closing quote",
                    "put the whole value inside the quotes");
        } else if (found == '@' || found == '`') {
            problems.error("data.syntax", at, "a value cannot start with " + Character.toString(found) + " in YAML",
                    "put the whole value in quotes");
        } else if (found == ':') {
            problems.error("data.syntax", at, describe(e),
                    "if the value contains \": \", put the whole value in quotes; otherwise check"
                            + " the indentation of this line");
        } else {
            problems.error("data.syntax", at, describe(e),
                    "check the quotes, brackets and indentation on this line");
        }
    }

    private static void reportUnclosed(int opener, Location at, String fallback, Problems problems) {
        if (opener == '"' || opener == '\'') {
            problems.error("data.syntax", at, "this quoted text is never closed",
                    "add the closing " + Character.toString(opener) + " at the end of the value");
        } else if (opener == '[' || opener == '{') {
            problems.error("data.syntax", at, "this " + (opener == '[' ? "list" : "map") + " is never closed",
                    "add the closing " + (opener == '[' ? "]" : "}"));
        } else {
            problems.error("data.syntax", at, fallback, "check the quotes and brackets that start here");
        }
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : firstLine(e.getProblem());
        String context = e.getContext() == null ? "" : firstLine(e.getContext());
        if (problem.isEmpty()) return context.isEmpty() ? "this is not valid YAML" : context;
        // The composer's problems only make sense after their context ("but found another document").
        return e instanceof ComposerException && !context.isEmpty() ? context + ", " + problem : problem;
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("").strip();
    }

    /** Whether the text before {@code index}, past spaces, is a closing quote: {@code "Hello" world}. */
    private static boolean closesQuote(Region region, int index) {
        int before = index - 1;
        while (before >= 0 && region.codePointAt(before) == ' ') before--;
        int c = region.codePointAt(before);
        return before < index - 1 && (c == '"' || c == '\'') && region.codePointAt(index) != '#';
    }

    /** The code-point index just after the last character that is not white space. */
    private static int contentEnd(Region region) {
        int end = region.codePointCount();
        while (end > 0 && Character.isWhitespace(region.codePointAt(end - 1))) end--;
        return end;
    }
}
