package dev.seamless.events.triage;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Required;

/**
 * The SA's work on an opportunity is complete while it still sits in {@code stage} (3-Technical Evaluation): its AE
 * is due to move it to the next logical stage (seed 000).
 */
public record StageExitDue(
        @Required String accountId,
        @Required String opportunityId,
        String requestId,
        @Required String aeId,
        String saId,
        @Required String stage,
        @Required String reason) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
