package dev.seamless.events.triage;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Required;
import java.time.OffsetDateTime;

/** The SA finished the engagement a triage request asked for. */
public record EngagementCompleted(
        @Required String requestId,
        @Required String accountId,
        String opportunityId,
        @Required String saId,
        @Required String completedBy,
        @Required OffsetDateTime completedAt) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
