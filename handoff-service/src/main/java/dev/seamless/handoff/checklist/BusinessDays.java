package dev.seamless.handoff.checklist;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Due dates in business days: Saturdays and Sundays do not count. */
public final class BusinessDays {

    private BusinessDays() {
    }

    public static LocalDate add(LocalDate start, int businessDays) {
        LocalDate date = start;
        int added = 0;
        while (added < businessDays) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                added++;
            }
        }
        return date;
    }

    private static boolean isBusinessDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
