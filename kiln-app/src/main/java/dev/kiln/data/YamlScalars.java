package dev.kiln.data;

import dev.kiln.source.Location;
import java.util.Locale;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The value of a YAML scalar from the tag the schema resolved (YAML 1.2 core schema: {@code yes}
 * and {@code 2024-11-18} stay text; JSON schema for JSON). An integer too big for a {@code Long}
 * keeps its text as a {@code String}; unknown tags ({@code !!binary}, {@code !x}) give text.
 */
final class YamlScalars {
    private YamlScalars() {}

    static DataScalar scalar(ScalarNode node, Location at, boolean json, Problems problems) {
        String text = node.getValue();
        boolean quoted = !node.isPlain();
        Tag tag = node.getTag();
        if (json && quoted && node.getScalarStyle() != ScalarStyle.DOUBLE_QUOTED
                || json && !quoted && Tag.STR.equals(tag)) {
            problems.error("data.syntax", at, "JSON text must be in double quotes",
                    "write it as \"" + text + "\"");
        }
        Object value = text;
        if (Tag.NULL.equals(tag)) {
            value = null;
        } else if (Tag.BOOL.equals(tag)) {
            value = text.toLowerCase(Locale.ROOT).equals("true");
        } else if (Tag.INT.equals(tag)) {
            value = integer(text);
        } else if (Tag.FLOAT.equals(tag)) {
            value = decimal(text);
        }
        if (value == null && !Tag.NULL.equals(tag)) {
            problems.error("data.syntax", at, "\"" + text + "\" is not a " + (Tag.INT.equals(tag) ? "whole " : "")
                    + "number", "write a number like 12 or 1.5, or put text in quotes");
            value = text;
        }
        return new DataScalar(at, text, value, quoted);
    }

    /** Core schema integers: decimal with optional sign, 0o octal, 0x hex. */
    private static Object integer(String text) {
        try {
            if (text.startsWith("0x")) return Long.parseLong(text.substring(2), 16);
            if (text.startsWith("0o")) return Long.parseLong(text.substring(2), 8);
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return text.matches("[-+]?[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+") ? text : null;
        }
    }

    private static Double decimal(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".inf")) return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (lower.equals(".nan")) return Double.NaN;
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
