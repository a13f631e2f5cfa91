package dev.seamless.events.handoff;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Required;
import java.time.LocalDate;

/**
 * A person received a task. {@code assigneeRole} is who owns it in the checklist (e.g. {@code OUTGOING},
 * {@code INCOMING}, {@code AE}); {@code assigneeId} is absent while that person is not known yet.
 */
public record TaskCreated(
        @Required String taskId,
        String handoffId,
        @Required String accountId,
        @Required String title,
        String assigneeId,
        @Required String assigneeRole,
        @Required LocalDate dueDate,
        String link) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
