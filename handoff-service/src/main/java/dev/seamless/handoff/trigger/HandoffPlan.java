package dev.seamless.handoff.trigger;

import dev.seamless.events.types.Reason;
import java.util.Map;

/**
 * What a trigger decided: which checklist to start for which account, who hands over ({@code fromPersonId}), who
 * takes over ({@code toPersonId}), the AE, and the reason with the rule that decided it.
 */
public record HandoffPlan(String accountId, String handoffType, String fromPersonId, String toPersonId, String aeId,
        Reason reason, Map<String, Object> inputs) {
}
