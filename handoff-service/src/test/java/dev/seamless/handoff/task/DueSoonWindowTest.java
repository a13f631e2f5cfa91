package dev.seamless.handoff.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.handoff.checklist.BusinessCalendar;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DueSoonWindowTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(ZoneOffset.UTC, Set.of());

    @Test
    void theWindowOpensTheGivenBusinessDaysBeforeTheDueDateAcrossAWeekend() {
        assertThat(new DueSoonWindow(CALENDAR, 1).remindFrom(THURSDAY, MONDAY)).contains(FRIDAY);
        assertThat(new DueSoonWindow(CALENDAR, 2).remindFrom(LocalDate.of(2026, 11, 16), MONDAY)).contains(THURSDAY);
    }

    @Test
    void aTaskCreatedOnTheDayTheWindowOpensOrLaterGetsNoReminder() {
        assertThat(new DueSoonWindow(CALENDAR, 1).remindFrom(FRIDAY, MONDAY)).isEmpty();
        assertThat(new DueSoonWindow(CALENDAR, 1).remindFrom(MONDAY, MONDAY)).isEmpty();
    }

    @Test
    void aHolidayDoesNotCount() {
        BusinessCalendar withHoliday = new BusinessCalendar(ZoneOffset.UTC, Set.of(FRIDAY));
        assertThat(new DueSoonWindow(withHoliday, 1).remindFrom(LocalDate.of(2026, 11, 16), MONDAY))
                .contains(THURSDAY);
    }
}
