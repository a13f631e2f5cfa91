package dev.seamless.events.handoff;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Required;
import java.time.LocalDate;

/** An open task is due soon (a configurable number of business days before {@code dueDate}): a reminder is due. */
public record TaskDueSoon(
        @Required String taskId,
        String handoffId,
        @Required String accountId,
        @Required String title,
        String assigneeId,
        @Required LocalDate dueDate) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
