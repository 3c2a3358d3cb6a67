package dev.kiln.scaffold;

import dev.kiln.site.Slugs;

/**
 * The slug of a new file, from its title: transliterated to Latin letters where the script has
 * them, apostrophes dropped ({@code Don't} → {@code dont}), then Kiln's own {@link Slugs} (lower
 * case, other punctuation and spaces collapsed to hyphens), cut at a hyphen to at most 60
 * characters. Scripts without Latin letters keep their characters ({@code 日本語} stays), which
 * browsers show as written. A title with no letters or digits at all gives empty: the caller
 * picks a fallback.
 */
public final class TitleSlug {
    static final int MAX_LENGTH = 60;

    private TitleSlug() {}

    public static String of(String title) {
        String latin = Transliteration.toLatin(title).replaceAll("['’‘`´]", "");
        if (latin.codePoints().noneMatch(Character::isLetterOrDigit)) return "";
        String slug = Slugs.of(latin);
        if (slug.codePointCount(0, slug.length()) <= MAX_LENGTH) return slug;
        String cut = slug.substring(0, slug.offsetByCodePoints(0, MAX_LENGTH));
        int hyphen = cut.lastIndexOf('-');
        return hyphen > MAX_LENGTH / 2 ? cut.substring(0, hyphen) : cut;
    }
}
