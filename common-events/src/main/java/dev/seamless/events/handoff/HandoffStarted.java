package dev.seamless.events.handoff;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Required;

/**
 * A handoff checklist was started for an account: {@code handoffType} is the template (e.g. {@code SA_TO_CSM}),
 * {@code fromPersonId}/{@code toPersonId} the outgoing and incoming people when known.
 */
public record HandoffStarted(
        @Required String handoffId,
        @Required String accountId,
        @Required String handoffType,
        String fromPersonId,
        String toPersonId,
        int taskCount,
        @Required String trigger) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
