package dev.kiln.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class FeedDatesTest {
    private static final ZonedDateTime BERLIN_WINTER =
            ZonedDateTime.of(2024, 11, 18, 9, 30, 5, 123_000_000, ZoneId.of("Europe/Berlin"));

    @Test
    void rssDatesAreRfc822WithEnglishNamesAFourDigitYearAndANumericOffset() {
        assertThat(FeedDates.rfc822(BERLIN_WINTER)).isEqualTo("Mon, 18 Nov 2024 09:30:05 +0100");
        assertThat(FeedDates.rfc822(ZonedDateTime.of(2025, 7, 3, 0, 0, 0, 0, ZoneId.of("UTC"))))
                .isEqualTo("Thu, 03 Jul 2025 00:00:00 +0000");
        assertThat(FeedDates.rfc822(ZonedDateTime.of(2025, 3, 1, 23, 5, 0, 0, ZoneId.of("America/St_Johns"))))
                .isEqualTo("Sat, 01 Mar 2025 23:05:00 -0330");
    }

    @Test
    void atomDatesAreRfc3339WithWholeSecondsAndAnExplicitOffset() {
        assertThat(FeedDates.rfc3339(BERLIN_WINTER)).isEqualTo("2024-11-18T09:30:05+01:00");
        assertThat(FeedDates.rfc3339(BERLIN_WINTER.withZoneSameInstant(ZoneId.of("UTC"))))
                .isEqualTo("2024-11-18T08:30:05Z");
        assertThat(FeedDates.rfc3339(ZonedDateTime.of(2024, 6, 1, 0, 0, 0, 0, ZoneId.of("Asia/Kolkata"))))
                .isEqualTo("2024-06-01T00:00:00+05:30");
    }

    @Test
    void secondsAreWrittenEvenWhenZero() {
        ZonedDateTime midnight = ZonedDateTime.of(2024, 1, 2, 0, 0, 0, 0, ZoneId.of("UTC"));
        assertThat(FeedDates.rfc3339(midnight)).isEqualTo("2024-01-02T00:00:00Z");
        assertThat(FeedDates.rfc822(midnight)).isEqualTo("Tue, 02 Jan 2024 00:00:00 +0000");
    }
}
