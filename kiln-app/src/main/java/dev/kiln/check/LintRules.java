package dev.kiln.check;

import dev.kiln.source.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Every content lint rule. Typos in front-matter keys ({@code categroy}) are already warned about
 * by the parser ({@code front-matter.unknown-key}), so they reach check through the build.
 */
final class LintRules {
    static final List<LintRule> ALL = List.of(new ImageAltRule(), new HeadingLevelRule(), new DuplicateTitleRule(),
            new ExcerptLengthRule(), new EmptyPostRule(), new FutureDateRule(), new TagVariantsRule());

    private LintRules() {}

    static List<Diagnostic> run(LintContext site) {
        List<Diagnostic> out = new ArrayList<>();
        for (LintRule rule : ALL) out.addAll(rule.check(site));
        return out;
    }
}
