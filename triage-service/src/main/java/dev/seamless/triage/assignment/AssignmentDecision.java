package dev.seamless.triage.assignment;

import dev.seamless.events.triage.RankedCandidate;
import java.util.List;
import java.util.Map;

/**
 * What the engine decided and why: the SA (absent when nobody could be placed), the rule that decided, a sentence for
 * people, every SA considered with its rank or why it was passed over, and the inputs.
 *
 * @param engaged whether the SA engages on the request, rather than holding it as the week's triage SA
 */
public record AssignmentDecision(String saId, String rule, String message, List<RankedCandidate> candidates,
        boolean engaged, Map<String, Object> inputs) {

    public AssignmentDecision {
        candidates = List.copyOf(candidates);
    }
}
