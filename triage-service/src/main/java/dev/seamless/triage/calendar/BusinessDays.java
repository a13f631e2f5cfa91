package dev.seamless.triage.calendar;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Business days of the SA team: every day but the weekend days, read in the company's time zone. A target "within n
 * business days" is due at the same local time n business days later; a start outside business days counts from the
 * beginning of the next business day. Public holidays are not known to the service.
 */
public final class BusinessDays {

    private final Set<DayOfWeek> weekend;
    private final ZoneId zone;

    public BusinessDays(Set<DayOfWeek> weekend, ZoneId zone) {
        if (weekend.size() >= DayOfWeek.values().length) {
            throw new IllegalArgumentException("a week needs at least one business day, weekend is " + weekend);
        }
        this.weekend = Set.copyOf(weekend);
        this.zone = zone;
    }

    /** @return the moment {@code days} business days after {@code start}, with the company's offset */
    public OffsetDateTime plus(OffsetDateTime start, int days) {
        ZonedDateTime due = start.atZoneSameInstant(zone);
        if (!isBusinessDay(due)) {
            due = nextBusinessDay(due).toLocalDate().atStartOfDay(zone);
        }
        for (int day = 0; day < days; day++) {
            due = nextBusinessDay(due);
        }
        return due.toOffsetDateTime();
    }

    public ZoneId zone() {
        return zone;
    }

    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    private ZonedDateTime nextBusinessDay(ZonedDateTime from) {
        ZonedDateTime next = from.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private boolean isBusinessDay(ZonedDateTime time) {
        return !weekend.contains(time.getDayOfWeek());
    }
}
