package dev.seamless.events.handoff;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Required;
import java.time.LocalDate;

/** An open task passed its due date. */
public record TaskOverdue(
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
