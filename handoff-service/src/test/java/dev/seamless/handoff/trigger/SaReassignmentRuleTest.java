package dev.seamless.handoff.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.triage.SAAssigned;
import dev.seamless.handoff.assignment.HandoffPeople;
import dev.seamless.handoff.checklist.HandoffTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaReassignmentRuleTest {

    private final SaReassignmentRule rule = new SaReassignmentRule();

    @Test
    void aReassignmentHandsOverFromThePreviousToTheNewSa() {
        HandoffPlan plan = rule.decide(assigned("sa-new", "sa-old")).orElseThrow();
        assertThat(plan.handoffType()).isEqualTo(HandoffTypes.SA_TO_SA);
        assertThat(plan.accountId()).isEqualTo("acct-1");
        assertThat(plan.opportunityId()).isEqualTo("opp-1");
        assertThat(plan.people()).isEqualTo(new HandoffPeople("sa-old", "sa-new", null));
        assertThat(plan.reason().rule()).isEqualTo("handoff.sa-reassigned");
        assertThat(plan.reason().message()).contains("sa-old", "sa-new", "PTO");
        assertThat(plan.inputs()).containsEntry("requestId", "TR-1").containsEntry("policyVersion", "policy-7")
                .containsEntry("assignmentReason", "PTO overlaps the requested dates");
    }

    @Test
    void aFirstAssignmentOrTheSameSaAgainHandsNothingOver() {
        assertThat(rule.decide(assigned("sa-new", null))).isEmpty();
        assertThat(rule.decide(assigned("sa-new", "sa-new"))).isEmpty();
    }

    private static SAAssigned assigned(String saId, String previousSaId) {
        return new SAAssigned("TR-1", "acct-1", "opp-1", saId, previousSaId, "PTO overlaps the requested dates",
                List.of(), "policy-7");
    }
}
