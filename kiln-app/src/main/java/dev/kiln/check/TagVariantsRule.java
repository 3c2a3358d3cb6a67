package dev.kiln.check;

import dev.kiln.data.Suggestions;
import dev.kiln.source.Diagnostic;
import dev.kiln.source.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tags (and categories) that name one thing in two ways — {@code Kubernetes}, {@code kubernetes},
 * {@code k8s}, {@code kubernets} — split a topic over two pages. Compares spellings with case,
 * spaces and punctuation removed, through a small table of common abbreviations, and by edit
 * distance for longer names (short ones such as {@code go}/{@code js} differ by design).
 */
final class TagVariantsRule implements LintRule {
    private static final int MIN_LENGTH_FOR_TYPOS = 6;
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("k8s", "kubernetes"), Map.entry("kube", "kubernetes"), Map.entry("js", "javascript"),
            Map.entry("ts", "typescript"), Map.entry("golang", "go"), Map.entry("postgres", "postgresql"),
            Map.entry("pg", "postgresql"), Map.entry("py", "python"), Map.entry("ml", "machinelearning"),
            Map.entry("ai", "artificialintelligence"), Map.entry("db", "database"), Map.entry("tf", "terraform"),
            Map.entry("gh", "github"), Map.entry("a11y", "accessibility"), Map.entry("i18n", "internationalization"),
            Map.entry("o11y", "observability"), Map.entry("ci", "continuousintegration"),
            Map.entry("cd", "continuousdelivery"), Map.entry("rb", "ruby"), Map.entry("rs", "rust"));

    @Override
    public String code() {
        return "lint.tag-variants";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Diagnostic> check(LintContext site) {
        List<Diagnostic> out = new ArrayList<>();
        check(site, "tags", true, out);
        check(site, "categories", false, out);
        return out;
    }

    private void check(LintContext site, String field, boolean tags, List<Diagnostic> out) {
        Map<String, String> spellingByKey = new LinkedHashMap<>();
        for (LintDocument doc : site.documents()) {
            var fm = doc.document().frontMatter();
            for (String name : tags ? fm.tags() : fm.categories()) {
                String key = key(name);
                String known = spellingByKey.get(key);
                if (known == null && key.length() >= MIN_LENGTH_FOR_TYPOS) {
                    Optional<String> near = Suggestions.nearest(key, spellingByKey.keySet());
                    known = near.filter(k -> k.length() >= MIN_LENGTH_FOR_TYPOS).map(spellingByKey::get).orElse(null);
                }
                if (known == null) {
                    spellingByKey.put(key, name);
                } else if (!known.equals(name)) {
                    out.add(finding(doc, doc.key(field), "\"" + name + "\" and \"" + known
                                    + "\" look like the same " + (tags ? "tag" : "category") + " spelled two ways",
                            "use one spelling everywhere, e.g. \"" + known + "\""));
                }
            }
        }
    }

    private static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.]+", "");
        return ABBREVIATIONS.getOrDefault(k, k);
    }
}
