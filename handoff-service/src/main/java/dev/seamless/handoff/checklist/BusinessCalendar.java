package dev.seamless.handoff.checklist;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Due dates in business days: Saturdays, Sundays and the configured holidays do not count, and "today" is the day in
 * the configured time zone.
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(ZoneId zone, Set<LocalDate> holidays) {
        this.zone = zone;
        this.holidays = Set.copyOf(holidays);
    }

    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * The {@code businessDays}-th business day after {@code start} (Friday plus one is Monday, and so are Saturday
     * and Sunday plus one). Zero days is {@code start} itself when that is a business day, else the next one: a due
     * date is always a business day.
     */
    public LocalDate add(LocalDate start, int businessDays) {
        LocalDate date = start;
        if (businessDays == 0) {
            while (!isBusinessDay(date)) {
                date = date.plusDays(1);
            }
            return date;
        }
        int added = 0;
        while (added < businessDays) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                added++;
            }
        }
        return date;
    }

    public boolean isBusinessDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }
}
