package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeFinderTest {

    private static final LocalDate MAY_20 = LocalDate.parse("2017-05-20");

    private static DateRange month(String yearMonth) {
        LocalDate first = LocalDate.parse(yearMonth + "-01");
        return new DateRange(first, first.withDayOfMonth(first.lengthOfMonth()), "month");
    }

    @Test
    void aMonthNamedWithoutItsYearAfterTheTellingOfAPastEventIsLastYears() {
        assertThat(TimeFinder.pastYear(month("2017-10"), "October", MAY_20, false)).isEqualTo(month("2016-10"));
    }

    @Test
    void aFutureEventKeepsItsMonth() {
        assertThat(TimeFinder.pastYear(month("2017-10"), "October", MAY_20, true)).isEqualTo(month("2017-10"));
    }

    @Test
    void aYearGivenInTheTextOrARelativeSpanIsLeftAlone() {
        assertThat(TimeFinder.pastYear(month("2017-10"), "October 2017", MAY_20, false)).isEqualTo(month("2017-10"));
        assertThat(TimeFinder.pastYear(month("2017-06"), "A month later", MAY_20, false)).isEqualTo(month("2017-06"));
    }

    @Test
    void aMonthAlreadyBeforeTheTellingIsLeftAlone() {
        assertThat(TimeFinder.pastYear(month("2017-03"), "March", MAY_20, false)).isEqualTo(month("2017-03"));
    }

    @Test
    void aClockTimeBeforeAWeekdayStillDatesItsDay() {
        assertThat(TimeFinder.weekday("10 p.m. Sunday night", LocalDate.of(2017, 10, 2), false))
                .contains(new DateRange(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 10, 1), "day"));
        assertThat(TimeFinder.weekday("Sunday, Oct. 8", LocalDate.of(2017, 10, 2), false)).isEmpty();
    }
}
