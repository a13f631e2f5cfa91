package dev.seamless.handoff.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.handoff.assignment.HandoffPeople;
import dev.seamless.handoff.trigger.HandoffPlan;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StartHandoffRequestTest {

    private static final Set<String> TYPES = Set.of("SA_TO_SA", "CSM_TO_CSM");

    @Test
    void aCompleteRequestHasNoProblemsAndBecomesAManualPlan() {
        StartHandoffRequest request = new StartHandoffRequest("acct-1", "SA_TO_SA", "opp-1", "sa-1", "sa-2", null,
                "workload rebalancing");
        assertThat(request.problems(TYPES, "acct-1"::equals)).isEmpty();
        HandoffPlan plan = request.plan("asm-1");
        assertThat(plan.people()).isEqualTo(new HandoffPeople("sa-1", "sa-2", null));
        assertThat(plan.reason().rule()).isEqualTo("handoff.manual");
        assertThat(plan.reason().message()).isEqualTo("Started by hand by asm-1: workload rebalancing");
        assertThat(plan.inputs()).containsEntry("startedBy", "asm-1");
    }

    @Test
    void everyBadFieldIsNamed() {
        StartHandoffRequest request = new StartHandoffRequest(" ", "TAM_TO_TAM", "o".repeat(65), "sa-1", "sa-1",
                "a".repeat(65), "r".repeat(2001));
        assertThat(request.problems(TYPES, id -> true)).containsOnlyKeys("accountId", "handoffType", "opportunityId",
                "toPersonId", "aeId", "reason");
    }

    @Test
    void theAccountMustBeKnownAndTheTypeGiven() {
        assertThat(new StartHandoffRequest("acct-9", null, null, null, null, null, null)
                .problems(TYPES, "acct-1"::equals))
                .containsEntry("accountId", "no account acct-9 is known from crm.accounts")
                .containsKey("handoffType");
        assertThat(new StartHandoffRequest("a".repeat(64), "SA_TO_SA", null, null, null, null, null)
                .problems(TYPES, id -> true)).isEmpty();
        assertThat(new StartHandoffRequest("a".repeat(65), "SA_TO_SA", null, null, null, null, null)
                .problems(TYPES, id -> true)).containsOnlyKeys("accountId");
    }
}
