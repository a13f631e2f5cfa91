package dev.seamless.events.handoff;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Required;
import java.time.OffsetDateTime;

/** The last open task of a handoff was completed. */
public record HandoffCompleted(
        @Required String handoffId,
        @Required String accountId,
        @Required String handoffType,
        @Required OffsetDateTime completedAt) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
