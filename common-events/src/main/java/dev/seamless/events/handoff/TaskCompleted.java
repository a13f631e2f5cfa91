package dev.seamless.events.handoff;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Required;
import java.time.OffsetDateTime;

/** A task was completed by {@code completedBy}. */
public record TaskCompleted(
        @Required String taskId,
        String handoffId,
        @Required String accountId,
        @Required String completedBy,
        @Required OffsetDateTime completedAt) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
