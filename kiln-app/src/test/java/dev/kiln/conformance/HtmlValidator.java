package dev.kiln.conformance;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks HTML with the W3C Nu Html Checker ({@code vnu.jar}) in its own JVM, never on Kiln's
 * classpath. One run costs several seconds of JVM start, so validate a whole output folder in one
 * call rather than page by page: {@code assertThat(HtmlValidator.validate(out)).isEmpty()}.
 */
public final class HtmlValidator {
    private HtmlValidator() {
    }

    /**
     * The errors in every {@code .html} file under {@code folder} (subfolders included; feeds and
     * other files are skipped), or in {@code folder} itself when it is one file. Skips the calling
     * test when vnu.jar is missing (fails it on CI).
     */
    public static List<HtmlMessage> validate(Path folder) {
        Path vnu = Tools.require(Tool.VNU);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Command run = Command.run(List.of(java.toString(), "-jar", vnu.toString(),
                "--errors-only", "--skip-non-html", "--format", "json", "--stdout",
                folder.toAbsolutePath().toString()));
        if (run.exitCode() > 1 || run.stdout().isBlank()) {
            throw new IllegalStateException("the Nu Html Checker failed: " + run.describeFailure());
        }
        List<HtmlMessage> messages = read(run.stdout(), folder.toAbsolutePath());
        if (run.exitCode() == 1 && messages.isEmpty()) {
            throw new IllegalStateException("the Nu Html Checker reported failure without messages: "
                    + run.describeFailure());
        }
        return messages;
    }

    @SuppressWarnings("unchecked")
    static List<HtmlMessage> read(String json, Path folder) {
        Map<String, Object> report = (Map<String, Object>) Json.parse(json);
        List<HtmlMessage> messages = new ArrayList<>();
        for (Object item : (List<Object>) report.getOrDefault("messages", List.of())) {
            Map<String, Object> m = (Map<String, Object>) item;
            // With --errors-only only "error" and "non-document-error" (unreadable file, …) arrive.
            if ("info".equals(m.get("type"))) {
                continue;
            }
            Object line = m.containsKey("firstLine") ? m.get("firstLine") : m.get("lastLine");
            messages.add(new HtmlMessage(fileName(m.get("url"), folder), number(line),
                    number(m.get("firstColumn")), String.valueOf(m.get("message"))));
        }
        return List.copyOf(messages);
    }

    private static String fileName(Object url, Path folder) {
        if (!(url instanceof String)) {
            return folder.toString();
        }
        String s = (String) url;
        if (!s.startsWith("file:")) {
            return s;
        }
        Path file = Path.of(URI.create(s));
        return file.startsWith(folder) && !file.equals(folder)
                ? folder.relativize(file).toString().replace('\\', '/')
                : file.toString();
    }

    private static int number(Object value) {
        return value instanceof BigDecimal ? ((BigDecimal) value).intValue() : 0;
    }
}
