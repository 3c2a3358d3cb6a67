package dev.kiln.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** One example of a spec JSON file in ../shared/conformance (the shape of spec.commonmark.org's spec.json). */
record SpecExample(String section, int number, String markdown, String html, List<String> extensions) {

    /** The case name the architecture asks for: "Links, example 503". */
    @Override
    public String toString() {
        return section + ", example " + number;
    }

    /** Every example of {@code relative} under the shared folder; skips the test when the folder is absent. */
    static List<SpecExample> load(String relative) {
        String shared = System.getProperty("kiln.shared", "../../shared");
        Path file = Path.of(shared).resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), () -> "conformance data missing: " + file.toAbsolutePath());
        try {
            List<SpecExample> examples = new ArrayList<>();
            for (Object item : (List<?>) new Json(Files.readString(file)).value()) {
                Map<?, ?> map = (Map<?, ?>) item;
                List<String> extensions = new ArrayList<>();
                if (map.get("extensions") != null) {
                    for (Object e : (List<?>) map.get("extensions")) extensions.add((String) e);
                }
                examples.add(new SpecExample((String) map.get("section"), ((Number) map.get("example")).intValue(),
                        (String) map.get("markdown"), (String) map.get("html"), extensions));
            }
            return examples;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Just enough JSON for the spec files: objects, arrays, strings, integers. */
    private static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skipSpace();
            char c = s.charAt(i);
            if (c == '{') return object();
            if (c == '[') return array();
            if (c == '"') return string();
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) i++;
            return Long.parseLong(s.substring(start, i));
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            i++;
            skipSpace();
            if (s.charAt(i) == '}') {
                i++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                map.put(key, value());
                skipSpace();
                if (s.charAt(i++) == '}') return map;
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            i++;
            skipSpace();
            if (s.charAt(i) == ']') {
                i++;
                return list;
            }
            while (true) {
                list.add(value());
                skipSpace();
                if (s.charAt(i++) == ']') return list;
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return out.toString();
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) throw new IllegalStateException("expected " + c + " at " + i);
            i++;
        }

        private void skipSpace() {
            while (Character.isWhitespace(s.charAt(i))) i++;
        }
    }
}
