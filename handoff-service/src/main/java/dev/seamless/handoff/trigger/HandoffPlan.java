package dev.seamless.handoff.trigger;

import dev.seamless.events.types.Reason;
import dev.seamless.handoff.assignment.HandoffPeople;
import java.util.Map;

/**
 * What a trigger decided: which checklist to start for which account (and opportunity, when one caused it), with
 * which people, and the reason with the rule and the inputs that decided it.
 */
public record HandoffPlan(String accountId, String opportunityId, String handoffType, HandoffPeople people,
        Reason reason, Map<String, Object> inputs) {
}
