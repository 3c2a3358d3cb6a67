package dev.kiln.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes front matter and kiln.yaml as YAML. Every text is double-quoted (no YAML 1.1/1.2
 * surprises such as {@code no}, {@code 1.10} or {@code 2024-01-01} changing type), dates as
 * Kiln reads them, lists of scalars in brackets, maps and other lists in block style.
 */
final class KilnYaml {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private KilnYaml() {}

    static String frontMatter(Map<String, Object> values) {
        StringBuilder sb = new StringBuilder("---\n");
        map(sb, values, 0);
        return sb.append("---\n").toString();
    }

    static void map(StringBuilder sb, Map<String, ?> values, int indent) {
        for (Map.Entry<String, ?> e : values.entrySet()) {
            sb.append(" ".repeat(indent)).append(key(e.getKey())).append(':');
            value(sb, e.getValue(), indent);
        }
    }

    private static void value(StringBuilder sb, Object v, int indent) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append(" {}\n");
                return;
            }
            sb.append('\n');
            @SuppressWarnings("unchecked")
            Map<String, ?> typed = (Map<String, ?>) m;
            map(sb, typed, indent + 2);
        } else if (v instanceof List<?> l) {
            if (l.stream().noneMatch(i -> i instanceof Map || i instanceof List)) {
                sb.append(" [");
                for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? ", " : "").append(scalar(l.get(i)));
                sb.append("]\n");
                return;
            }
            sb.append('\n');
            for (Object item : l) {
                sb.append(" ".repeat(indent + 2)).append('-');
                if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                    // The first key on the dash's line, the others aligned under it.
                    StringBuilder inner = new StringBuilder();
                    @SuppressWarnings("unchecked")
                    Map<String, ?> typed = (Map<String, ?>) m;
                    map(inner, typed, indent + 4);
                    sb.append(' ').append(inner.substring(indent + 4));
                } else {
                    value(sb, item, indent + 2);
                }
            }
        } else {
            sb.append(' ').append(scalar(v)).append('\n');
        }
    }

    static String scalar(Object v) {
        if (v == null) return "null";
        if (v instanceof Boolean || v instanceof Long || v instanceof Integer) return v.toString();
        if (v instanceof Double d) return d.isNaN() ? ".nan" : d.isInfinite() ? (d > 0 ? ".inf" : "-.inf") : d.toString();
        if (v instanceof ZonedDateTime z) return z.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        if (v instanceof OffsetDateTime o) return o.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        if (v instanceof LocalDateTime l) return quote(l.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        if (v instanceof LocalDate d) return d.toString();
        return quote(v.toString());
    }

    static String key(String key) {
        return PLAIN_KEY.matcher(key).matches() && !List.of("y", "n", "yes", "no", "on", "off", "true", "false", "null")
                .contains(key.toLowerCase(java.util.Locale.ROOT)) ? key : quote(key);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') sb.append('\\').appendCodePoint(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('"').toString();
    }
}
