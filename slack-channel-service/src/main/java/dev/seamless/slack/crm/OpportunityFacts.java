package dev.seamless.slack.crm;

import dev.seamless.events.types.OrderType;

/** What the ephemeral-channel rules need to know of an opportunity. */
public record OpportunityFacts(String opportunityId, String accountId, OrderType orderType, String stage, String saId,
        boolean povActive) {
}
