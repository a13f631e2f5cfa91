package dev.seamless.handoff.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    // 2026-11-20 is a Friday
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    private final BusinessCalendar weekendsOnly = new BusinessCalendar(ZoneOffset.UTC, Set.of());

    @Test
    void oneBusinessDayAfterThursdayIsFridayAndAfterFridayIsMonday() {
        assertThat(weekendsOnly.add(THURSDAY, 1)).isEqualTo(FRIDAY);
        assertThat(weekendsOnly.add(FRIDAY, 1)).isEqualTo(MONDAY);
        assertThat(weekendsOnly.add(THURSDAY, 2)).isEqualTo(MONDAY);
    }

    @Test
    void theWeekendCountsAsNothing() {
        assertThat(weekendsOnly.add(SATURDAY, 1)).isEqualTo(MONDAY);
        assertThat(weekendsOnly.add(SUNDAY, 1)).isEqualTo(MONDAY);
        assertThat(weekendsOnly.add(SUNDAY, 2)).isEqualTo(TUESDAY);
        assertThat(weekendsOnly.add(FRIDAY, 5)).isEqualTo(FRIDAY.plusWeeks(1));
        assertThat(weekendsOnly.add(MONDAY, 10)).isEqualTo(MONDAY.plusWeeks(2));
    }

    @Test
    void zeroDaysIsTheSameDayUnlessThatIsNoBusinessDay() {
        assertThat(weekendsOnly.add(FRIDAY, 0)).isEqualTo(FRIDAY);
        assertThat(weekendsOnly.add(SATURDAY, 0)).isEqualTo(MONDAY);
        assertThat(weekendsOnly.add(SUNDAY, 0)).isEqualTo(MONDAY);
    }

    @Test
    void aHolidayIsSkippedLikeAWeekend() {
        BusinessCalendar thanksgiving = new BusinessCalendar(ZoneOffset.UTC, Set.of(LocalDate.of(2026, 11, 26)));
        LocalDate wednesday = LocalDate.of(2026, 11, 25);
        assertThat(thanksgiving.add(wednesday, 1)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(thanksgiving.add(wednesday, 3)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(thanksgiving.isBusinessDay(LocalDate.of(2026, 11, 26))).isFalse();
        assertThat(weekendsOnly.add(wednesday, 1)).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void todayIsTheDayInTheConfiguredTimeZone() {
        Clock lateOnFridayInUtc = Clock.fixed(Instant.parse("2026-11-20T23:30:00Z"), ZoneOffset.UTC);
        assertThat(weekendsOnly.today(lateOnFridayInUtc)).isEqualTo(FRIDAY);
        assertThat(new BusinessCalendar(ZoneId.of("Europe/Berlin"), Set.of()).today(lateOnFridayInUtc))
                .isEqualTo(SATURDAY);
        assertThat(new BusinessCalendar(ZoneId.of("America/Los_Angeles"), Set.of())
                .today(Clock.fixed(Instant.parse("2026-11-21T07:59:00Z"), ZoneOffset.UTC))).isEqualTo(FRIDAY);
    }
}
