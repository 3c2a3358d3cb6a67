package dev.kiln.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontMatterDatesTest {

    private static ZonedDateTime yamlDate(String written) {
        Parsed p = Parsed.post("---\ntitle: T\ndate: " + written + "\n---\n");
        return p.fm().date().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024-11-18                 | 2024-11-18T00:00+01:00",
        "'2024-11-18'               | 2024-11-18T00:00+01:00",
        "2024-11-18T09:30:00+01:00  | 2024-11-18T09:30+01:00",
        "\"2024-11-18T09:30:00Z\"   | 2024-11-18T09:30Z",
        "2024-11-18T09:30:00        | 2024-11-18T09:30+01:00",
        "2024-11-18 09:30:00 +0100  | 2024-11-18T09:30+01:00",
        "2024-11-18 09:30:00 -0500  | 2024-11-18T09:30-05:00",
        "2024-11-18 09:30:00        | 2024-11-18T09:30+01:00",
        "2024-11-18 09:30           | 2024-11-18T09:30+01:00",
        "2024-11-18T09:30:00.250Z   | 2024-11-18T09:30:00.250Z",
    })
    void acceptsEachDateForm(String written, String expected) {
        assertThat(yamlDate(written).toOffsetDateTime()).isEqualTo(OffsetDateTime.parse(expected));
    }

    @Test
    void datesWithoutAnOffsetAreInTheSiteTimeZone() {
        assertThat(yamlDate("2024-11-18 09:30").getZone()).isEqualTo(Parsed.SITE_ZONE);
        assertThat(yamlDate("2024-07-01").getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void datesWithAnOffsetKeepIt() {
        assertThat(yamlDate("2024-11-18T09:30:00Z").getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"2024-11-31\"          | 7 | 12",
        "18 Nov 2024             | 7 | 11",
        "2024-13-01              | 7 | 10",
        "2024-11-18 25:00        | 7 | 16",
        "2024-11-18T09:30:00+25:00 | 7 | 25",
        "2024-11-1               | 7 | 9",
    })
    void rejectsAnInvalidDateAtItsValue(String written, int column, int length) {
        Parsed p = Parsed.post("---\ntitle: T\ndate: " + written + "\n---\n");
        assertThat(p.document).isEmpty();
        assertThat(p.problems()).containsExactly("front-matter.date@3:" + column);
        assertThat(p.only().location().length()).isEqualTo(length);
        assertThat(p.only().hint())
                .isEqualTo("write dates as 2024-11-18, 2024-11-18T09:30:00+01:00 or 2024-11-18 09:30:00 +0100");
    }

    @Test
    void rejectsADateThatIsANumberOrAList() {
        assertThat(Parsed.post("---\ntitle: T\ndate: 20241118\n---\n").problems()).containsExactly("front-matter.date@3:7");
        assertThat(Parsed.post("---\ntitle: T\ndate: [2024-11-18]\n---\n").problems()).containsExactly("front-matter.date@3:7");
    }

    @Test
    void readsTomlTypedDates() {
        Parsed local = Parsed.post("+++\ntitle = \"T\"\ndate = 2024-11-18\nupdated = 2024-11-19T08:00:00\n+++\n");
        assertThat(local.fm().date().orElseThrow().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-11-18T00:00+01:00"));
        assertThat(local.fm().updated().orElseThrow().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-11-19T08:00+01:00"));
        Parsed offset = Parsed.post("+++\ntitle = \"T\"\ndate = 2024-11-18T09:30:00Z\n+++\n");
        assertThat(offset.fm().date().orElseThrow().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-11-18T09:30Z"));
        Parsed text = Parsed.post("+++\ntitle = \"T\"\ndate = \"2024-11-18 09:30\"\n+++\n");
        assertThat(text.fm().date().orElseThrow().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-11-18T09:30+01:00"));
    }

    @Test
    void rejectsATomlLocalTimeAsADate() {
        Parsed p = Parsed.post("+++\ntitle = \"T\"\ndate = 09:30:00\n+++\n");
        assertThat(p.problems()).containsExactly("front-matter.date@3:8");
        assertThat(p.only().message()).isEqualTo("\"09:30:00\" is not a date");
    }

    @Test
    void readsLastmodAsTheUpdatedDate() {
        Parsed p = Parsed.post("---\ntitle: T\ndate: 2024-11-18\nlastmod: 2024-12-01\n---\n");
        assertThat(p.fm().updated().orElseThrow().toLocalDate()).hasToString("2024-12-01");
        assertThat(p.fm().keyLocations().get("updated").line()).isEqualTo(4);
    }

    @Test
    void requiresADateForPostsButNotForPages() {
        assertThat(Parsed.post("---\ntitle: T\n---\n").problems()).containsExactly("front-matter.date-missing@1:1");
        Parsed page = Parsed.page("---\ntitle: T\n---\n");
        assertThat(page.problems()).isEmpty();
        assertThat(page.fm().date()).isEmpty();
    }
}
