package dev.seamless.events.triage;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Required;

/**
 * An SA has a duty to fulfil, e.g. {@code kind} STAGE_3_TRANSITION: the opportunity left 3-Technical Evaluation and
 * its stage-3 transition data (win/loss reasons, POV status) must be recorded (seed 000).
 */
public record ActionItemRaised(
        @Required String actionItemId,
        @Required String accountId,
        String opportunityId,
        String requestId,
        @Required String saId,
        @Required String kind,
        @Required String title,
        String details) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
