package dev.seamless.handoff.task;

import dev.seamless.handoff.checklist.BusinessCalendar;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a task's holder is reminded that it is due soon: from the day its due date is {@code businessDays} business
 * days away. A task created that close to its due date gets no reminder: its creation notice says the same.
 */
public record DueSoonWindow(BusinessCalendar calendar, int businessDays) {

    /** @return the first day of the reminder window, or empty when the task starts inside it */
    public Optional<LocalDate> remindFrom(LocalDate createdOn, LocalDate dueDate) {
        LocalDate first = dueDate;
        int counted = 0;
        while (counted < businessDays) {
            first = first.minusDays(1);
            if (calendar.isBusinessDay(first)) {
                counted++;
            }
        }
        return first.isAfter(createdOn) ? Optional.of(first) : Optional.empty();
    }
}
