package dev.seamless.events.handoff;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.Reason;
import dev.seamless.events.validation.Required;
import java.time.LocalDate;

/**
 * An existing task got a (new) assignee after it was created: the person became known later, the account team
 * changed, or the previous assignee left. {@code previousAssigneeId} is absent when the task had nobody yet;
 * {@code reason} says which rule moved it.
 */
public record TaskAssigned(
        @Required String taskId,
        String handoffId,
        @Required String accountId,
        @Required String title,
        @Required String assigneeId,
        String previousAssigneeId,
        @Required String assigneeRole,
        @Required LocalDate dueDate,
        @Required Reason reason) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
