package dev.seamless.triage.request;

import dev.seamless.events.triage.RankedCandidate;
import dev.seamless.triage.assignment.Assignment;
import dev.seamless.triage.assignment.AssignmentTrigger;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** An assignment and its explanation: the rule that decided, why, every candidate and the policy version. */
public record AssignmentView(String saId, String previousSaId, boolean engaged, AssignmentTrigger trigger, String rule,
        String explanation, List<RankedCandidate> candidates, Map<String, Object> inputs, String policyVersion,
        String decidedBy, OffsetDateTime decidedAt) {

    public static AssignmentView of(Assignment assignment) {
        return new AssignmentView(assignment.saId, assignment.previousSaId, assignment.engaged, assignment.trigger,
                assignment.rule, assignment.message, assignment.candidates, assignment.inputs,
                assignment.policyVersion, assignment.decidedBy, assignment.decidedAt);
    }
}
