package dev.kiln.feed;

import java.util.List;
import java.util.Map;

/** Writes a tree of maps, lists and strings as indented JSON; map order is kept as given. */
final class JsonOut {
    private final StringBuilder sb = new StringBuilder(8192);

    static String write(Object value) {
        JsonOut out = new JsonOut();
        out.value(value, 0);
        return out.sb.append('\n').toString();
    }

    private void value(Object v, int depth) {
        if (v instanceof String s) {
            string(s);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",");
                indent(depth + 1);
                string((String) e.getKey());
                sb.append(": ");
                value(e.getValue(), depth + 1);
                first = false;
            }
            if (!first) indent(depth);
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                indent(depth + 1);
                value(l.get(i), depth + 1);
            }
            if (!l.isEmpty()) indent(depth);
            sb.append(']');
        } else if (v instanceof Boolean || v instanceof Integer) {
            sb.append(v);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v);
        }
    }

    private void indent(int depth) {
        sb.append('\n');
        for (int i = 0; i < depth; i++) sb.append("  ");
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
            }
        }
        sb.append('"');
    }
}
