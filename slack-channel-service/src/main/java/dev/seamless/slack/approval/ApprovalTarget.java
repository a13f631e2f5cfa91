package dev.seamless.slack.approval;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * The clock on a request waiting for its approver: the approval is due a number of business days after the request
 * (the same time of day; a request made on a non-working day counts from the start of the next working day), the
 * approver is reminded a while before, and the target is breached at the due time, both inclusive.
 */
public final class ApprovalTarget {

    /** What a waiting request's clock calls for now. */
    public enum Due {
        NOTHING, REMINDER, BREACH
    }

    private final int businessDays;
    private final Duration reminderBefore;
    private final Set<DayOfWeek> workingDays;
    private final ZoneId zone;

    public ApprovalTarget(int businessDays, Duration reminderBefore, Set<DayOfWeek> workingDays, ZoneId zone) {
        if (businessDays < 1) {
            throw new IllegalArgumentException("the approval target must be at least 1 business day, not "
                    + businessDays);
        }
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("at least one working day is needed");
        }
        if (reminderBefore.isNegative() || reminderBefore.compareTo(Duration.ofDays(businessDays)) >= 0) {
            throw new IllegalArgumentException("the reminder (" + reminderBefore + " before the target) must fall"
                    + " within the target of " + businessDays + " business day(s)");
        }
        this.businessDays = businessDays;
        this.reminderBefore = reminderBefore;
        this.workingDays = EnumSet.copyOf(workingDays);
        this.zone = zone;
    }

    public OffsetDateTime dueAt(OffsetDateTime requestedAt) {
        ZonedDateTime start = requestedAt.atZoneSameInstant(zone);
        if (!isWorkingDay(start.toLocalDate())) {
            start = nextWorkingDay(start.toLocalDate()).atStartOfDay(zone);
        }
        LocalDate day = start.toLocalDate();
        for (int counted = 0; counted < businessDays; counted++) {
            day = nextWorkingDay(day);
        }
        return day.atTime(start.toLocalTime()).atZone(zone).toOffsetDateTime();
    }

    public OffsetDateTime remindAt(OffsetDateTime dueAt) {
        return dueAt.minus(reminderBefore);
    }

    /**
     * @param reminded whether the reminder was published already
     * @param breached whether the breach was published already
     */
    public Due due(OffsetDateTime dueAt, boolean reminded, boolean breached, OffsetDateTime now) {
        if (breached) {
            return Due.NOTHING;
        }
        if (!now.isBefore(dueAt)) {
            return Due.BREACH;
        }
        if (!reminded && !now.isBefore(remindAt(dueAt))) {
            return Due.REMINDER;
        }
        return Due.NOTHING;
    }

    public Duration reminderBefore() {
        return reminderBefore;
    }

    private boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek());
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
