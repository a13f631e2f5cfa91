package dev.seamless.handoff.trigger;

import static dev.seamless.handoff.trigger.RuleFixtures.PREMIUM_50K;
import static dev.seamless.handoff.trigger.RuleFixtures.STAGES;
import static dev.seamless.handoff.trigger.RuleFixtures.stageChange;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.envelope.EventJson;
import dev.seamless.events.types.OrderType;
import dev.seamless.handoff.assignment.HandoffPeople;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionInputsTest {

    @Test
    void aDecisionMadeWithoutTheAccountRecordsEnoughOfTheDealToBeMadeAgain() throws JsonProcessingException {
        OpportunityStageChanged won = stageChange(OrderType.FIRST_ORDER, "6-Awaiting Signature", "Closed Won",
                "29999.99");
        HandoffPlan plan = new ClosedWonRule(STAGES, PREMIUM_50K).decide(won, Optional.empty()).orElseThrow();
        String recorded = EventJson.mapper().writeValueAsString(plan.inputs());

        OpportunityStageChanged again = DecisionInputs.recordedStageChange(won.accountId(), recorded,
                new HandoffPeople("sa-now", null, "ae-now")).orElseThrow();
        assertThat(again).isEqualTo(new OpportunityStageChanged(won.opportunityId(), won.accountId(), won.name(),
                OrderType.FIRST_ORDER, "6-Awaiting Signature", "Closed Won", new BigDecimal("70000"),
                new BigDecimal("29999.99"), null, "ae-now", "sa-now", null, null, null));
    }

    @Test
    void inputsWithoutTheDealCannotBeDecidedAgain() {
        assertThat(DecisionInputs.recordedStageChange("acct-1", """
                {"opportunityId":"opp-1","orderType":"FIRST_ORDER","toStage":"Closed Won","minArr":50000}""",
                new HandoffPeople("sa-1", null, "ae-1"))).isEmpty();
    }
}
