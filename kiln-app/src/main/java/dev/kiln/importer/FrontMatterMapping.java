package dev.kiln.importer;

import dev.kiln.content.FrontMatterBlock;
import dev.kiln.data.DataEntry;
import dev.kiln.data.DataNode;
import dev.kiln.data.DataScalar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a Kiln front matter from a foreign one: the keys a generator mapped first, in Kiln's
 * order, then every other key under its own name so that nothing is lost. A kept key that Kiln
 * knows but whose value Kiln could not read (an {@code image} map, an {@code excerpt} list) is
 * renamed {@code <generator>_<key>} and reported.
 */
final class FrontMatterMapping {
    private static final Set<String> KILN_KEYS = Set.of("title", "date", "author", "authors", "category", "categories",
            "tags", "tag", "excerpt", "summary", "description", "draft", "slug", "updated", "lastmod", "canonical_url",
            "aliases", "image");

    private static final java.util.regex.Pattern LENIENT_DATE = java.util.regex.Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?) ?([+-]\\d{2}:?\\d{2}|Z)? ?(?:[A-Z]{3,4})?$");

    private final Map<String, Object> out = new LinkedHashMap<>();
    private final ForeignDoc doc;

    FrontMatterMapping(ForeignDoc doc) {
        this.doc = doc;
    }

    FrontMatterMapping put(String key, Object value) {
        if (value instanceof List<?> l && l.isEmpty()) return this;
        if (value != null) out.put(key, value);
        return this;
    }

    /**
     * Adds every key of the source not in {@code consumed} (lower case), under its own name (lower
     * case when {@code lowerCase}, as Hugo reads keys).
     */
    Map<String, Object> withRest(Set<String> consumed, boolean lowerCase, Generator generator, ImportReport report) {
        for (DataEntry e : doc.entries()) {
            String lower = e.key().toLowerCase(Locale.ROOT);
            if (consumed.contains(lower)) continue;
            String key = lowerCase ? lower : e.key();
            if (out.containsKey(key)) continue;
            if (KILN_KEYS.contains(lower) && !readable(lower, e.value())) {
                String renamed = generator.name().toLowerCase(Locale.ROOT) + "_" + key;
                int[] at = {e.keyLocation().line(), e.keyLocation().column()};
                report.at(doc.path(), at[0], at[1], "\"" + e.key() + "\" kept as \"" + renamed + "\": Kiln reads " + lower
                        + " differently", "set " + lower + " by hand if you need it");
                out.put(renamed, ForeignDoc.plain(e.value()));
            } else {
                out.put(key, ForeignDoc.plain(e.value()));
            }
        }
        return out;
    }

    private static boolean readable(String key, DataNode value) {
        if (ForeignDoc.isNull(value)) return true;
        switch (key) {
            case "author", "authors", "category", "categories", "tags", "tag", "aliases":
                return value instanceof DataScalar || value instanceof dev.kiln.data.DataList l
                        && l.items().stream().allMatch(i -> i instanceof DataScalar);
            case "draft":
                return value instanceof DataScalar s && (s.value() instanceof Boolean
                        || s.raw().equalsIgnoreCase("true") || s.raw().equalsIgnoreCase("false"));
            case "date", "updated", "lastmod":
                return value instanceof DataScalar s && FrontMatterBlock.date(s.value(), ZoneId.of("UTC")).isPresent();
            case "canonical_url":
                return value instanceof DataScalar s && ForeignDoc.scalarText(s).matches("https?://[^/\\s]+.*");
            case "slug":
                return value instanceof DataScalar s && !ForeignDoc.scalarText(s).isBlank()
                        && !ForeignDoc.scalarText(s).contains("/") && !ForeignDoc.scalarText(s).contains(":");
            default:
                return value instanceof DataScalar;
        }
    }

    /** A date from a front-matter value: empty when it is none of the forms Kiln and these generators share. */
    static Optional<ZonedDateTime> date(DataNode value, ZoneId zone) {
        if (!(value instanceof DataScalar s)) return Optional.empty();
        // Ruby and Go write "2024-01-31 09:30:00 +0100 CET"; Kiln reads the same moment without the zone's name.
        Object v = s.value() instanceof String str ? LENIENT_DATE.matcher(str.strip()).replaceFirst("$1 $2 $3").strip() : s.value();
        return FrontMatterBlock.date(v, zone);
    }

    /** True when the value names a day without a time. */
    static boolean dayOnly(DataNode value) {
        return value instanceof DataScalar s && (s.value() instanceof LocalDate || s.raw().strip().matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    /**
     * How a date is written for Kiln: a bare day when it is a day at midnight in the site's zone,
     * else the date-time with its offset, so Kiln reads exactly this moment.
     */
    static Object kilnDate(ZonedDateTime date, ZoneId site) {
        ZonedDateTime inSite = date.withZoneSameInstant(site);
        if (inSite.toLocalTime().equals(LocalTime.MIDNIGHT)) return inSite.toLocalDate();
        return date;
    }

    /** The moment Kiln reads from what {@link #kilnDate} wrote. */
    static ZonedDateTime kilnSees(Object written, ZoneId site) {
        return written instanceof LocalDate d ? d.atStartOfDay(site) : (ZonedDateTime) written;
    }

    /** "my-first_post" → "My first post", as generators title a file that has no title. */
    static String titleFromName(String name) {
        String words = name.replaceAll("[-_]+", " ").strip();
        if (words.isEmpty()) return name;
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
