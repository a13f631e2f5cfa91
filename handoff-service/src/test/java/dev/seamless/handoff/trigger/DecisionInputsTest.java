package dev.seamless.handoff.trigger;

import static dev.seamless.handoff.trigger.RuleFixtures.PREMIUM_50K;
import static dev.seamless.handoff.trigger.RuleFixtures.STAGES;
import static dev.seamless.handoff.trigger.RuleFixtures.stageChange;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.envelope.EventJson;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Tier;
import dev.seamless.handoff.account.Account;
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
    void theTierTheDealBuysIsRecordedAndWeighedAgain() throws JsonProcessingException {
        OpportunityStageChanged plain = stageChange(OrderType.FIRST_ORDER, "6-Awaiting Signature", "Closed Won",
                "60000");
        OpportunityStageChanged buysPremium = new OpportunityStageChanged(plain.opportunityId(), plain.accountId(),
                plain.name(), plain.orderType(), plain.fromStage(), plain.toStage(), plain.amount(), plain.iacv(),
                plain.closeDate(), plain.aeId(), plain.saId(), plain.povActive(), plain.currency(), Tier.PREMIUM);
        ClosedWonRule rule = new ClosedWonRule(STAGES, PREMIUM_50K);
        String recorded = EventJson.mapper().writeValueAsString(rule.decide(buysPremium, Optional.empty())
                .orElseThrow().inputs());

        OpportunityStageChanged again = DecisionInputs.recordedStageChange(plain.accountId(), recorded,
                new HandoffPeople("sa-1", null, "ae-1")).orElseThrow();
        assertThat(again.tier()).isEqualTo(Tier.PREMIUM);
        Account freeTrial = RuleFixtures.account(Tier.FREE, "0", null);
        assertThat(rule.decide(again, Optional.of(freeTrial)).orElseThrow().handoffType()).isEqualTo("SA_TO_CSM");
        assertThat(rule.decide(plain, Optional.of(freeTrial)).orElseThrow().handoffType())
                .isEqualTo("DIGITAL_ONBOARDING");
    }

    @Test
    void inputsWithoutTheDealCannotBeDecidedAgain() {
        assertThat(DecisionInputs.recordedStageChange("acct-1", """
                {"opportunityId":"opp-1","orderType":"FIRST_ORDER","toStage":"Closed Won","minArr":50000}""",
                new HandoffPeople("sa-1", null, "ae-1"))).isEmpty();
    }
}
