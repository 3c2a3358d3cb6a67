package dev.kiln.feed;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates as the feed formats want them: RFC 822 (with RFC 1123's four-digit year) for RSS, RFC 3339
 * with an explicit offset and whole seconds for Atom, JSON Feed and the sitemap.
 */
final class FeedDates {
    // English names whatever the site's language: RFC 822 fixes them, and parsers only know these.
    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss xx", Locale.ROOT);
    private static final DateTimeFormatter RFC_3339 =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private FeedDates() {}

    /** {@code Mon, 18 Nov 2024 09:30:00 +0100}. */
    static String rfc822(ZonedDateTime t) {
        return RFC_822.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code 2024-11-18T09:30:00+01:00}, or {@code …Z} at offset zero. */
    static String rfc3339(ZonedDateTime t) {
        return RFC_3339.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}
