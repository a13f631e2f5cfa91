package dev.seamless.handoff.trigger;

import static dev.seamless.handoff.trigger.RuleFixtures.PREMIUM_50K;
import static dev.seamless.handoff.trigger.RuleFixtures.STAGES;
import static dev.seamless.handoff.trigger.RuleFixtures.account;
import static dev.seamless.handoff.trigger.RuleFixtures.stageChange;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Tier;
import dev.seamless.handoff.assignment.HandoffPeople;
import dev.seamless.handoff.checklist.HandoffTypes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClosedWonRuleTest {

    private final ClosedWonRule rule = new ClosedWonRule(STAGES, PREMIUM_50K);

    @Test
    void onlyTheClosedWonStageHandsOver() {
        assertThat(rule.decide(stageChange(OrderType.FIRST_ORDER, "5-Negotiating", "6-Awaiting Signature", "60000"),
                Optional.of(account(Tier.ULTIMATE, "90000", null)))).isEmpty();
    }

    @Test
    void aFirstOrderThatBringsTheAccountToTheThresholdGetsTheSaToCsmChecklistWithItsPeopleAndInputs() {
        HandoffPlan plan = rule.decide(stageChange(OrderType.FIRST_ORDER, "6-Awaiting Signature", "Closed Won",
                "30000"), Optional.of(account(Tier.PREMIUM, "20000", null))).orElseThrow();
        assertThat(plan.handoffType()).isEqualTo(HandoffTypes.SA_TO_CSM);
        assertThat(plan.opportunityId()).isEqualTo("opp-1");
        assertThat(plan.people()).isEqualTo(new HandoffPeople("sa-1", null, "ae-1"));
        assertThat(plan.reason().rule()).isEqualTo("handoff.closed-won.csm-qualified");
        assertThat(plan.reason().message()).contains("PREMIUM with ARR 50000 (including this deal's 30000) meets");
        assertThat(plan.inputs()).containsEntry("tier", Tier.PREMIUM).containsEntry("arr", new BigDecimal("20000"))
                .containsEntry("iacv", new BigDecimal("30000")).containsEntry("amount", new BigDecimal("70000"))
                .containsEntry("dealValueCounted", new BigDecimal("30000"))
                .containsEntry("arrWithDeal", new BigDecimal("50000"))
                .containsEntry("minArr", new BigDecimal("50000")).containsEntry("orderType", OrderType.FIRST_ORDER);
    }

    @Test
    void aProspectWhoseArrDoesNotHoldItsFirstOrderYetIsWeighedWithTheWonDeal() {
        assertThat(rule.decide(stageChange(OrderType.FIRST_ORDER, "6-Awaiting Signature", "Closed Won", "60000"),
                Optional.of(account(Tier.PREMIUM, "0", null)))).get().extracting(HandoffPlan::handoffType)
                .isEqualTo(HandoffTypes.SA_TO_CSM);
    }

    @Test
    void theDecisionReadsTheSameWhetherTheArrWasJustProjectedOrReadBackWithTwoDecimals() {
        HandoffPlan projected = rule.decide(stageChange(OrderType.FIRST_ORDER, null, "Closed Won", "60000"),
                Optional.of(account(Tier.PREMIUM, "0", null))).orElseThrow();
        HandoffPlan stored = rule.decide(stageChange(OrderType.FIRST_ORDER, null, "Closed Won", "60000"),
                Optional.of(account(Tier.PREMIUM, "0.00", null))).orElseThrow();
        assertThat(stored.reason()).isEqualTo(projected.reason());
        assertThat(stored.inputs()).isEqualTo(projected.inputs());
    }

    @Test
    void aFirstOrderOneCentShortOfTheThresholdOrBelowTheTierGetsDigitalOnboarding() {
        assertThat(rule.decide(stageChange(OrderType.FIRST_ORDER, null, "Closed Won", "29999.99"),
                Optional.of(account(Tier.PREMIUM, "20000", null)))).get()
                .satisfies(plan -> {
                    assertThat(plan.handoffType()).isEqualTo(HandoffTypes.DIGITAL_ONBOARDING);
                    assertThat(plan.reason().rule()).isEqualTo("handoff.closed-won.digital-onboarding");
                    assertThat(plan.reason().message()).contains("49999.99", "is below");
                    assertThat(plan.inputs()).containsEntry("arrWithDeal", new BigDecimal("49999.99"));
                });
        assertThat(rule.decide(stageChange(OrderType.FIRST_ORDER, null, "Closed Won", "60000"),
                Optional.of(account(Tier.FREE, "900000", null)))).get()
                .extracting(HandoffPlan::handoffType).isEqualTo(HandoffTypes.DIGITAL_ONBOARDING);
    }

    @Test
    void withoutAnIacvTheFirstOrdersAmountCounts() {
        HandoffPlan plan = rule.decide(stageChange(OrderType.FIRST_ORDER, null, "Closed Won", null),
                Optional.of(account(Tier.PREMIUM, "0", null))).orElseThrow();
        assertThat(plan.inputs()).containsEntry("dealValueCounted", new BigDecimal("70000"));
        assertThat(plan.handoffType()).isEqualTo(HandoffTypes.SA_TO_CSM);
    }

    @Test
    void anUnknownAccountIsDecidedWithWhatIsKnownAndSaysSo() {
        HandoffPlan plan = rule.decide(stageChange(OrderType.FIRST_ORDER, null, "Closed Won", "60000"),
                Optional.empty()).orElseThrow();
        assertThat(plan.handoffType()).isEqualTo(HandoffTypes.DIGITAL_ONBOARDING);
        assertThat(plan.reason().rule()).isEqualTo("handoff.closed-won.account-unknown");
        assertThat(plan.inputs()).doesNotContainKey("tier");
    }

    @Test
    void anExistingAccountThatNowQualifiesWithoutACsmGetsTheAeToCsmChecklistWaitingForItsCsm() {
        HandoffPlan plan = rule.decide(stageChange(OrderType.GROWTH, null, "Closed Won", "20000"),
                Optional.of(account(Tier.PREMIUM, "50000", null))).orElseThrow();
        assertThat(plan.handoffType()).isEqualTo(HandoffTypes.AE_TO_CSM);
        assertThat(plan.people()).isEqualTo(new HandoffPeople("ae-1", null, "ae-1"));
        assertThat(plan.reason().rule()).isEqualTo("handoff.closed-won.existing-account-csm-qualified");
        // the CRM's ARR of an existing account holds its orders: the deal is not added again
        assertThat(plan.inputs()).containsEntry("dealValueCounted", BigDecimal.ZERO)
                .containsEntry("arrWithDeal", new BigDecimal("50000"));
    }

    @Test
    void anExistingCustomerBelowTheThresholdWasOnboardedWithItsFirstOrderAndGetsNothingNew() {
        for (OrderType existing : List.of(OrderType.GROWTH, OrderType.RENEWAL)) {
            assertThat(rule.decide(stageChange(existing, null, "Closed Won", "20000"),
                    Optional.of(account(Tier.PREMIUM, "49999.99", null)))).as(existing.name()).isEmpty();
        }
    }

    @Test
    void anExistingAccountNotKnownYetGetsNothingAsAtNegotiating() {
        assertThat(rule.decide(stageChange(OrderType.GROWTH, null, "Closed Won", "90000"), Optional.empty()))
                .isEmpty();
    }

    @Test
    void theCrmSendingTheWonOpportunityAgainStartsNothing() {
        assertThat(rule.decide(stageChange(OrderType.FIRST_ORDER, "Closed Won", "Closed Won", "60000"),
                Optional.of(account(Tier.PREMIUM, "90000", null)))).isEmpty();
        assertThat(rule.decide(stageChange(OrderType.FIRST_ORDER, "Closed Won", "Closed Won", "60000"),
                Optional.empty())).isEmpty();
    }

    @Test
    void anExistingAccountWithACsmNeedsNoHandoff() {
        assertThat(rule.decide(stageChange(OrderType.GROWTH, null, "Closed Won", "20000"),
                Optional.of(account(Tier.ULTIMATE, "500000", "csm-1")))).isEmpty();
    }
}
