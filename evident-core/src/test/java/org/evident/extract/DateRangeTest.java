package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SUTime's TIMEX values read as ranges of days, with the calendar's own lengths of months and weeks. */
class DateRangeTest {

    private static DateRange parse(String value) {
        return DateRange.parse(value).orElseThrow();
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aDayWithATimeOfDayIsThatDay() {
        DateRange night = parse("2017-01-01TNI");
        assertThat(night).isEqualTo(new DateRange(day("2017-01-01"), day("2017-01-01"), "day"));
        assertThat(night.best()).isEqualTo(day("2017-01-01"));
    }

    @Test
    void aMonthRunsToItsLastDayLeapYearsIncluded() {
        assertThat(parse("2016-02")).isEqualTo(new DateRange(day("2016-02-01"), day("2016-02-29"), "month"));
        assertThat(parse("2017-02").latest()).isEqualTo(day("2017-02-28"));
    }

    @Test
    void anIsoWeekStartsOnItsMondayAndItsWeekendOnSaturday() {
        // ISO week 1 of 2017 is the week of its first Thursday: Monday 2 January to Sunday 8 January
        assertThat(parse("2017-W01")).isEqualTo(new DateRange(day("2017-01-02"), day("2017-01-08"), "week"));
        assertThat(parse("2017-W01-WE")).isEqualTo(new DateRange(day("2017-01-07"), day("2017-01-08"), "week"));
        // ISO week 1 of 2020 begins in the year before
        assertThat(parse("2020-W01").earliest()).isEqualTo(day("2019-12-30"));
    }

    @Test
    void aSeasonIsItsThreeMonthsAndWinterEndsInTheNextYear() {
        assertThat(parse("2016-SU")).isEqualTo(new DateRange(day("2016-06-01"), day("2016-08-31"), "month"));
        assertThat(parse("2016-WI")).isEqualTo(new DateRange(day("2016-12-01"), day("2017-02-28"), "month"));
        assertThat(parse("2019-WI")).isEqualTo(new DateRange(day("2019-12-01"), day("2020-02-29"), "month"));
    }

    @Test
    void aYearIsItsDays() {
        assertThat(parse("2019")).isEqualTo(new DateRange(day("2019-01-01"), day("2019-12-31"), "year"));
    }

    @Test
    void aRangeLongerThanADayIsBestReadAtItsEnd() {
        assertThat(parse("2016-12").best()).isEqualTo(day("2016-12-31"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PRESENT_REF", "P3D", "XXXX-12-25", "2016-12-XX", "THIS P1W", ""})
    void durationsReferencesAndUnderspecifiedDatesAreNoRange(String value) {
        assertThat(DateRange.parse(value)).isEmpty();
    }

    @Test
    void noValueIsNoRange() {
        assertThat(DateRange.parse(null)).isEmpty();
    }

    @Test
    void rangesOverlapWhenTheyShareADay() {
        DateRange december = parse("2016-12");
        assertThat(december.overlaps(parse("2016-12-31"))).isTrue();
        assertThat(parse("2016-12-31").overlaps(december)).isTrue();
        assertThat(december.overlaps(parse("2017-01-01"))).isFalse();
        assertThat(parse("2016-WI").overlaps(parse("2017-01-15"))).isTrue();
    }
}
