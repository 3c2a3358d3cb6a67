package dev.kiln.scaffold;

import dev.kiln.content.DocumentKind;
import dev.kiln.content.DocumentParser;
import dev.kiln.source.Diagnostics;
import dev.kiln.source.SourcePath;
import dev.kiln.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a new post or page starts from: {@code archetypes/<kind>.md} in the site, else in the
 * theme, else the built-in one. Placeholders {@code {{ title }}}, {@code {{ slug }}} (quoted
 * strings), {@code {{ date }}} (an ISO date-time with offset), {@code {{ categories }}} and
 * {@code {{ tags }}} (lists of quoted strings in brackets) are valid YAML, TOML and JSON values,
 * so an archetype may use any front-matter format.
 */
record Archetype(SourcePath path, String text) {
    static final List<String> PLACEHOLDERS = List.of("title", "slug", "date", "categories", "tags");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    static Archetype find(Path site, Optional<String> theme, ContentKind kind, Diagnostics diagnostics) {
        String name = "archetypes/" + kind.archetype + ".md";
        List<String> candidates = theme.map(t -> List.of(name, "themes/" + t + "/" + name)).orElse(List.of(name));
        for (String candidate : candidates) {
            Path file = site.resolve(candidate);
            if (Files.isRegularFile(file)) {
                SourcePath path = SourcePath.of(candidate);
                try {
                    return SourceText.decode(path, Files.readAllBytes(file), diagnostics)
                            .map(t -> new Archetype(path, t.text())).orElse(new Archetype(path, ""));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        try (InputStream in = Archetype.class.getResourceAsStream("/kiln/" + name)) {
            if (in == null) throw new IllegalStateException("the built-in archetype " + name + " is missing from the jar");
            return new Archetype(SourcePath.of("built-in/" + name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The archetype with its placeholders filled, or empty when it has an unknown placeholder or
     * the result is not valid front matter for {@code kind}; the problems are reported at the
     * archetype's lines.
     */
    Optional<String> fill(Map<String, String> values, DocumentKind kind, ZoneId zone, Diagnostics diagnostics) {
        SourceText template = SourceText.of(path, text);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        boolean unknown = false;
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                unknown = true;
                diagnostics.error("archetype.placeholder", template, template.locationAt(m.start(), m.end() - m.start()),
                        "unknown placeholder " + m.group(), "use one of {{ " + String.join(" }}, {{ ", PLACEHOLDERS) + " }}");
                continue;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        if (unknown) return Optional.empty();
        String filled = sb.toString();
        // Placeholders fill one line each, so lines (and the columns of most errors) stay those of the archetype.
        Diagnostics local = new Diagnostics();
        new DocumentParser(zone).parse(SourceText.of(path, filled), kind, local);
        diagnostics.addAll(local.toList());
        return local.hasErrors() ? Optional.empty() : Optional.of(filled);
    }

    /** A double-quoted string, valid in YAML, TOML and JSON alike. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') sb.append('\\').appendCodePoint(c);
            else if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) sb.append(String.format("\\u%04x", c));
            else sb.appendCodePoint(c);
        });
        return sb.append('"').toString();
    }

    static String list(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (String item : items) {
            if (sb.length() > 1) sb.append(", ");
            sb.append(quote(item));
        }
        return sb.append(']').toString();
    }
}
