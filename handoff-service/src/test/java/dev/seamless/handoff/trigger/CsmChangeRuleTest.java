package dev.seamless.handoff.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.types.TeamRole;
import dev.seamless.handoff.assignment.HandoffPeople;
import dev.seamless.handoff.checklist.HandoffTypes;
import org.junit.jupiter.api.Test;

class CsmChangeRuleTest {

    private final CsmChangeRule rule = new CsmChangeRule();

    @Test
    void aNewCsmAfterAnotherStartsTheCsmToCsmChecklist() {
        HandoffPlan plan = rule.decide(change(TeamRole.CSM, "csm-old", "csm-new"), false).orElseThrow();
        assertThat(plan.handoffType()).isEqualTo(HandoffTypes.CSM_TO_CSM);
        assertThat(plan.people()).isEqualTo(new HandoffPeople("csm-old", "csm-new", null));
        assertThat(plan.reason().rule()).isEqualTo("handoff.csm-changed");
        assertThat(rule.decide(change(TeamRole.CSM, "csm-old", "csm-new"), true)).get()
                .extracting(HandoffPlan::handoffType).isEqualTo(HandoffTypes.CSM_TO_CSM);
    }

    @Test
    void aFirstCsmStartsTheAeToCsmChecklistWithTheAeLeftToTheAccountTeam() {
        HandoffPlan plan = rule.decide(change(TeamRole.CSM, null, "csm-new"), false).orElseThrow();
        assertThat(plan.handoffType()).isEqualTo(HandoffTypes.AE_TO_CSM);
        assertThat(plan.people()).isEqualTo(new HandoffPeople(null, "csm-new", null));
        assertThat(plan.reason().rule()).isEqualTo("handoff.csm-assigned");
        assertThat(plan.inputs()).containsEntry("csmAwaitedByOpenHandoff", false);
    }

    @Test
    void aFirstCsmAnOpenHandoffWasWaitingForStartsNothingMore() {
        assertThat(rule.decide(change(TeamRole.CSM, null, "csm-new"), true)).isEmpty();
    }

    @Test
    void otherRolesAndNoRealChangeStartNothing() {
        assertThat(rule.decide(change(TeamRole.AE, "ae-old", "ae-new"), false)).isEmpty();
        assertThat(rule.decide(change(TeamRole.SA, "sa-old", "sa-new"), false)).isEmpty();
        assertThat(rule.decide(change(TeamRole.CSM, "csm-1", "csm-1"), false)).isEmpty();
    }

    private static AccountTeamChanged change(TeamRole role, String previous, String next) {
        return new AccountTeamChanged("acct-1", role, previous, next);
    }
}
