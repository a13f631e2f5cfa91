package dev.seamless.triage.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessDaysTest {

    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private final BusinessDays utc = new BusinessDays(WEEKEND, ZoneId.of("UTC"));

    @Test
    void oneBusinessDayAfterAWeekdayIsTheSameTimeNextWeekday() {
        assertThat(utc.plus(OffsetDateTime.parse("2027-01-06T10:00Z"), 1))
                .isEqualTo(OffsetDateTime.parse("2027-01-07T10:00Z"));
    }

    @Test
    void oneBusinessDayAfterFridayIsMonday() {
        assertThat(utc.plus(OffsetDateTime.parse("2027-01-08T16:30Z"), 1))
                .isEqualTo(OffsetDateTime.parse("2027-01-11T16:30Z"));
    }

    @Test
    void aWeekendStartCountsFromTheStartOfMonday() {
        assertThat(utc.plus(OffsetDateTime.parse("2027-01-09T10:00Z"), 1))
                .isEqualTo(OffsetDateTime.parse("2027-01-12T00:00Z"));
    }

    @Test
    void daysAreReadInTheCompanysTimeZone() {
        BusinessDays newYork = new BusinessDays(WEEKEND, ZoneId.of("America/New_York"));
        // Saturday 01:00 UTC is still Friday 20:00 in New York: due Monday 20:00 there
        assertThat(newYork.plus(OffsetDateTime.parse("2027-01-09T01:00Z"), 1).toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-01-12T01:00Z").toInstant());
        assertThat(utc.plus(OffsetDateTime.parse("2027-01-09T01:00Z"), 1).toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-01-12T00:00Z").toInstant());
    }

    @Test
    void aWeekWithoutBusinessDaysIsRefused() {
        assertThatThrownBy(() -> new BusinessDays(EnumSet.allOf(DayOfWeek.class), ZoneId.of("UTC")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
