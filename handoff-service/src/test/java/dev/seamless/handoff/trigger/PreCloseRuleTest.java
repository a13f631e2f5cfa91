package dev.seamless.handoff.trigger;

import static dev.seamless.handoff.trigger.RuleFixtures.PREMIUM_50K;
import static dev.seamless.handoff.trigger.RuleFixtures.STAGES;
import static dev.seamless.handoff.trigger.RuleFixtures.account;
import static dev.seamless.handoff.trigger.RuleFixtures.stageChange;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PostSalesPath;
import dev.seamless.events.types.Tier;
import dev.seamless.handoff.assignment.HandoffPeople;
import dev.seamless.handoff.checklist.HandoffTypes;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreCloseRuleTest {

    private final PreCloseRule countingTheDeal = new PreCloseRule(STAGES, PREMIUM_50K, true);
    private final PreCloseRule accountArrOnly = new PreCloseRule(STAGES, PREMIUM_50K, false);

    @Test
    void enteringNegotiatingWithTheDealReachingTheThresholdIntroducesTheCsm() {
        HandoffPlan plan = countingTheDeal.decide(stageChange(OrderType.FIRST_ORDER, "4-Proposal", "5-Negotiating",
                "30000"), Optional.of(account(Tier.PREMIUM, "20000", null))).orElseThrow();
        assertThat(plan.handoffType()).isEqualTo(HandoffTypes.PRE_TO_POST_SALES_CSM_INTRO);
        assertThat(plan.people()).isEqualTo(new HandoffPeople("sa-1", null, "ae-1"));
        assertThat(plan.reason().rule()).isEqualTo("handoff.pre-close.csm-qualified");
        assertThat(plan.inputs()).containsEntry("arrWithDeal", new BigDecimal("50000"))
                .containsEntry("dealValueCounted", new BigDecimal("30000"));
    }

    @Test
    void oneCentShortOfTheThresholdPreparesDigitalOnboardingInstead() {
        HandoffPlan plan = countingTheDeal.decide(stageChange(OrderType.FIRST_ORDER, "4-Proposal",
                "6-Awaiting Signature", "29999.99"), Optional.of(account(Tier.PREMIUM, "20000", null))).orElseThrow();
        assertThat(plan.handoffType()).isEqualTo(HandoffTypes.PRE_TO_POST_SALES_DIGITAL_ONBOARDING);
        assertThat(plan.reason().rule()).isEqualTo("handoff.pre-close.digital-onboarding");
        assertThat(plan.reason().message()).contains("49999.99", "is below");
    }

    @Test
    void withoutCountingTheOpenDealOnlyTheAccountsArrDecides() {
        assertThat(accountArrOnly.decide(stageChange(OrderType.FIRST_ORDER, "4-Proposal", "5-Negotiating", "900000"),
                Optional.of(account(Tier.PREMIUM, "49999", null)))).get().extracting(HandoffPlan::handoffType)
                .isEqualTo(HandoffTypes.PRE_TO_POST_SALES_DIGITAL_ONBOARDING);
        assertThat(accountArrOnly.decide(stageChange(OrderType.FIRST_ORDER, "4-Proposal", "5-Negotiating", "0"),
                Optional.of(account(Tier.PREMIUM, "50000", null)))).get().extracting(HandoffPlan::handoffType)
                .isEqualTo(HandoffTypes.PRE_TO_POST_SALES_CSM_INTRO);
    }

    @Test
    void withoutAnIacvTheDealsAmountCounts() {
        HandoffPlan plan = countingTheDeal.decide(stageChange(OrderType.FIRST_ORDER, "4-Proposal", "5-Negotiating",
                null), Optional.of(account(Tier.PREMIUM, "0", null))).orElseThrow();
        assertThat(plan.inputs()).containsEntry("dealValueCounted", new BigDecimal("70000"));
        assertThat(plan.handoffType()).isEqualTo(HandoffTypes.PRE_TO_POST_SALES_CSM_INTRO);
    }

    @Test
    void movingOnFromNegotiatingToAwaitingSignatureStartsNothingNew() {
        assertThat(countingTheDeal.decide(stageChange(OrderType.FIRST_ORDER, "5-Negotiating", "6-Awaiting Signature",
                "30000"), Optional.of(account(Tier.PREMIUM, "20000", null)))).isEmpty();
    }

    @Test
    void anExistingCustomerWithACsmWasIntroducedAlready() {
        assertThat(countingTheDeal.decide(stageChange(OrderType.GROWTH, "4-Proposal", "5-Negotiating", "90000"),
                Optional.of(account(Tier.PREMIUM, "20000", "csm-1")))).isEmpty();
        assertThat(countingTheDeal.decide(stageChange(OrderType.RENEWAL, "4-Proposal", "5-Negotiating", "90000"),
                Optional.of(account(Tier.ULTIMATE, "400000", "csm-1")))).isEmpty();
    }

    @Test
    void aNewCustomerWhoseCsmIsNamedAheadOfTheCloseIsStillIntroduced() {
        HandoffPlan plan = countingTheDeal.decide(stageChange(OrderType.FIRST_ORDER, "4-Proposal", "5-Negotiating",
                "50000"), Optional.of(account(Tier.PREMIUM, "0", "csm-1"))).orElseThrow();
        assertThat(plan.handoffType()).isEqualTo("PRE_TO_POST_SALES_CSM_INTRO");
        assertThat(plan.postSales().path()).isEqualTo(PostSalesPath.CSM);
    }

    @Test
    void anExistingCustomerBelowTheThresholdWasOnboardedWithItsFirstOrder() {
        assertThat(countingTheDeal.decide(stageChange(OrderType.GROWTH, "4-Proposal", "5-Negotiating", "1000"),
                Optional.of(account(Tier.PREMIUM, "20000", null)))).isEmpty();
        assertThat(countingTheDeal.decide(stageChange(OrderType.GROWTH, "4-Proposal", "5-Negotiating", "30000"),
                Optional.of(account(Tier.PREMIUM, "20000", null)))).get().extracting(HandoffPlan::handoffType)
                .isEqualTo(HandoffTypes.PRE_TO_POST_SALES_CSM_INTRO);
    }

    @Test
    void anUnknownNewAccountPreparesDigitalOnboardingAndSaysWhy() {
        assertThat(countingTheDeal.decide(stageChange(OrderType.FIRST_ORDER, "4-Proposal", "5-Negotiating", "90000"),
                Optional.empty())).get().satisfies(plan -> {
                    assertThat(plan.handoffType()).isEqualTo(HandoffTypes.PRE_TO_POST_SALES_DIGITAL_ONBOARDING);
                    assertThat(plan.reason().rule()).isEqualTo("handoff.pre-close.account-unknown");
                });
        assertThat(countingTheDeal.decide(stageChange(OrderType.GROWTH, "4-Proposal", "5-Negotiating", "90000"),
                Optional.empty())).isEmpty();
    }
}
