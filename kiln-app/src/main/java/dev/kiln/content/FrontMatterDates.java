package dev.kiln.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date forms front matter accepts: 2024-11-18, 2024-11-18T09:30:00+01:00 (or Z),
 * 2024-11-18T09:30:00, 2024-11-18 09:30:00 +0100, 2024-11-18 09:30:00 and 2024-11-18 09:30,
 * as text or as a TOML typed date. No offset means the site's time zone; impossible dates such
 * as 2024-11-31 are rejected, never rolled over.
 */
final class FrontMatterDates {
    static final String FORMS = "write dates as 2024-11-18, 2024-11-18T09:30:00+01:00 or 2024-11-18 09:30:00 +0100";

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})"
                    + "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");

    private FrontMatterDates() {}

    /** The date in {@code value} (text or a typed date), or empty if it is not one of the forms. */
    static Optional<ZonedDateTime> parse(Object value, ZoneId zone) {
        if (value instanceof LocalDate) return Optional.of(((LocalDate) value).atStartOfDay(zone));
        if (value instanceof LocalDateTime) return Optional.of(((LocalDateTime) value).atZone(zone));
        if (value instanceof OffsetDateTime) return Optional.of(((OffsetDateTime) value).toZonedDateTime());
        if (!(value instanceof String)) return Optional.empty();
        Matcher m = FORM.matcher(((String) value).strip());
        if (!m.matches()) return Optional.empty();
        try {
            LocalDate day = LocalDate.of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
            if (m.group(4) == null) return Optional.of(day.atStartOfDay(zone));
            LocalTime time = LocalTime.of(number(m.group(4)), number(m.group(5)),
                    m.group(6) == null ? 0 : number(m.group(6)), nanos(m.group(7)));
            LocalDateTime local = LocalDateTime.of(day, time);
            if (m.group(8) == null) return Optional.of(local.atZone(zone));
            ZoneId offset = m.group(8).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
            return Optional.of(ZonedDateTime.of(local, offset));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        return fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
    }
}
