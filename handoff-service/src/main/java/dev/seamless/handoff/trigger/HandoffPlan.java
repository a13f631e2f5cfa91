package dev.seamless.handoff.trigger;

import dev.seamless.events.types.Reason;
import dev.seamless.handoff.assignment.HandoffPeople;
import java.util.Map;
import java.util.Optional;

/**
 * What a trigger decided: which checklist to start for which account (and opportunity, when one caused it), with
 * which people, and the reason with the rule and the inputs that decided it. {@code postSales} is present when the
 * plan is a post-sales path decision (CSM or digital onboarding), which other services act on.
 */
public record HandoffPlan(String accountId, String opportunityId, String handoffType, HandoffPeople people,
        Reason reason, Map<String, Object> inputs, PostSalesChoice postSales) {

    public HandoffPlan(String accountId, String opportunityId, String handoffType, HandoffPeople people,
            Reason reason, Map<String, Object> inputs) {
        this(accountId, opportunityId, handoffType, people, reason, inputs, null);
    }

    public Optional<PostSalesChoice> postSalesChoice() {
        return Optional.ofNullable(postSales);
    }

    public HandoffPlan superseding(String decisionId) {
        return postSales == null ? this : new HandoffPlan(accountId, opportunityId, handoffType, people, reason,
                inputs, postSales.superseding(decisionId));
    }
}
