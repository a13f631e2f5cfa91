package dev.seamless.slack.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Tier;
import dev.seamless.slack.crm.AccountFacts;
import dev.seamless.slack.crm.OpportunityFacts;
import dev.seamless.slack.crm.OpportunityStages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EphemeralChannelRuleTest {

    private final EphemeralChannelRule rule = new EphemeralChannelRule(
            new OpportunityStages(List.of("Closed Won"), List.of("8-Closed Lost", "9-Unqualified", "10-Duplicate")),
            Set.of(OrderType.FIRST_ORDER), Set.of(OrderType.GROWTH));

    @Test
    void anEvaluationInPreSalesIsEligibleAndTheOpportunitysSaApproves() {
        Eligibility decision = decide(opportunity(OrderType.FIRST_ORDER, "3-Technical Evaluation", false, "sa-opp"));

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.approverId()).isEqualTo("sa-opp");
        assertThat(decision.inputs()).containsEntry("stage", "3-Technical Evaluation");
    }

    @Test
    void aClosedOpportunityIsNoLongerPreSales() {
        for (String closed : List.of("Closed Won", "8-Closed Lost", "9-Unqualified", "10-Duplicate")) {
            Eligibility decision = decide(opportunity(OrderType.FIRST_ORDER, closed, false, "sa-opp"));

            assertThat(decision.eligible()).as(closed).isFalse();
            assertThat(decision.checks()).filteredOn(check -> !check.passed()).singleElement()
                    .satisfies(check -> {
                        assertThat(check.rule()).isEqualTo("channel.ephemeral.pre-sales");
                        assertThat(check.message()).contains(closed, "pre-sales only");
                    });
        }
        assertThat(decide(opportunity(OrderType.FIRST_ORDER, "7-Closing", false, "sa-opp")).eligible()).isTrue();
    }

    @Test
    void anUpgradeNeedsAnActivePovAndARenewalIsNeitherEvaluationNorPov() {
        assertThat(decide(opportunity(OrderType.GROWTH, "4-Proposal", true, "sa-opp")).eligible()).isTrue();
        Eligibility withoutPov = decide(opportunity(OrderType.GROWTH, "4-Proposal", false, "sa-opp"));
        Eligibility renewal = decide(opportunity(OrderType.RENEWAL, "4-Proposal", true, "sa-opp"));

        assertThat(withoutPov.eligible()).isFalse();
        assertThat(withoutPov.failures()).contains("GROWTH without an active POV");
        assertThat(renewal.eligible()).isFalse();
        assertThat(renewal.failures()).contains("RENEWAL is neither an evaluation");
    }

    @Test
    void theAccountsSaApprovesWhenTheOpportunityHasNone() {
        assertThat(decide(opportunity(OrderType.FIRST_ORDER, "2-Scoping", false, null)).approverId())
                .isEqualTo("sa-acct");
        Eligibility nobody = rule.decide(account(null, false), "opp-1",
                Optional.of(opportunity(OrderType.FIRST_ORDER, "2-Scoping", false, null)));
        assertThat(nobody.eligible()).isTrue();
        assertThat(nobody.approverId()).isNull();
        assertThat(nobody.checks()).extracting(Check::message)
                .contains("Neither the opportunity nor the account has an SA yet: the request waits until the CRM"
                        + " names one, who approves.");
    }

    @Test
    void anUnknownOpportunityOrOneOfAnotherAccountOrAClosedAccountIsRefused() {
        Eligibility unknown = rule.decide(account("sa-acct", false), "opp-404", Optional.empty());
        Eligibility foreign = rule.decide(account("sa-acct", false), "opp-1", Optional.of(
                new OpportunityFacts("opp-1", "acct-other", OrderType.FIRST_ORDER, "2-Scoping", "sa-opp", false)));
        Eligibility closedAccount = rule.decide(account("sa-acct", true), "opp-1",
                Optional.of(opportunity(OrderType.FIRST_ORDER, "2-Scoping", false, "sa-opp")));

        assertThat(unknown.eligible()).isFalse();
        assertThat(unknown.failures()).contains("opp-404", "not known");
        assertThat(foreign.eligible()).isFalse();
        assertThat(foreign.failures()).contains("acct-other");
        assertThat(closedAccount.eligible()).isFalse();
        assertThat(closedAccount.checks()).extracting(Check::rule).contains("channel.account.open");
    }

    private Eligibility decide(OpportunityFacts opportunity) {
        return rule.decide(account("sa-acct", false), opportunity.opportunityId(), Optional.of(opportunity));
    }

    private static OpportunityFacts opportunity(OrderType orderType, String stage, boolean pov, String saId) {
        return new OpportunityFacts("opp-1", "acct-1", orderType, stage, saId, pov);
    }

    private static AccountFacts account(String saId, boolean closed) {
        return new AccountFacts("acct-1", "Acme", Tier.FREE, BigDecimal.ZERO, BigDecimal.ZERO, null, "ae-1", saId,
                null, closed);
    }
}
