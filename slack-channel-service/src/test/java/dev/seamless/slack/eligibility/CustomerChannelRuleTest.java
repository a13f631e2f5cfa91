package dev.seamless.slack.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.types.Tier;
import dev.seamless.slack.crm.AccountFacts;
import dev.seamless.slack.eligibility.CustomerChannelRule.ValueMeasure;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerChannelRuleTest {

    private static final Set<String> EXCEPTIONS = Set.of("REFERENCE_CUSTOMER", "EARLY_ADOPTER", "STRATEGIC_PARTNER");

    private final CustomerChannelRule rule = rule(Set.of(ValueMeasure.IACV, ValueMeasure.ARR));

    @Test
    void iacvOfExactly100kQualifiesAndOneDollarLessDoesNot() {
        Eligibility at = rule.decide(account(Tier.PREMIUM, "100000", "0"), null);
        Eligibility below = rule.decide(account(Tier.PREMIUM, "99999", "0"), null);

        assertThat(at.eligible()).isTrue();
        assertThat(below.eligible()).isFalse();
        assertThat(below.checks()).filteredOn(check -> !check.passed()).singleElement()
                .satisfies(check -> {
                    assertThat(check.rule()).isEqualTo("channel.customer.min-value");
                    assertThat(check.message()).contains("IACV 99999", "ARR 0", "100000 USD");
                });
        assertThat(below.failures()).contains("below 100000 USD");
        assertThat(below.inputs()).containsEntry("iacv", new BigDecimal("99999"))
                .containsEntry("minValue", new BigDecimal("100000"));
    }

    @Test
    void arrReachingTheThresholdQualifiesWhenIacvDoesNot() {
        assertThat(rule.decide(account(Tier.PREMIUM, "20000", "100000"), null).eligible()).isTrue();
        assertThat(rule.decide(account(Tier.PREMIUM, "20000", "99999.99"), null).eligible()).isFalse();
    }

    @Test
    void withOnlyIacvConfiguredArrDoesNotCount() {
        CustomerChannelRule iacvOnly = rule(Set.of(ValueMeasure.IACV));

        assertThat(iacvOnly.decide(account(Tier.PREMIUM, "99999", "500000"), null).eligible()).isFalse();
        assertThat(iacvOnly.decide(account(Tier.PREMIUM, "100000", "0"), null).eligible()).isTrue();
    }

    @Test
    void freeIsBelowTheTierWhilePremiumSilverAndAboveQualify() {
        Eligibility free = rule.decide(account(Tier.FREE, "250000", "250000"), null);

        assertThat(free.eligible()).isFalse();
        assertThat(free.checks()).filteredOn(check -> !check.passed()).singleElement()
                .satisfies(check -> {
                    assertThat(check.rule()).isEqualTo("channel.customer.min-tier");
                    assertThat(check.message()).isEqualTo("Tier FREE is below PREMIUM.");
                });
        assertThat(rule.decide(account(Tier.PREMIUM, "250000", "0"), null).eligible()).isTrue();
        assertThat(rule.decide(account(Tier.fromJson("SILVER"), "250000", "0"), null).eligible()).isTrue();
        assertThat(rule.decide(account(Tier.ULTIMATE, "250000", "0"), null).eligible()).isTrue();
        assertThat(rule.decide(account(Tier.fromJson("GOLD"), "250000", "0"), null).eligible()).isTrue();
    }

    @Test
    void starterAndItsOldNameBronzeArePaidButBelowPremium() {
        for (Tier starter : new Tier[] { Tier.STARTER, Tier.fromJson("BRONZE") }) {
            Eligibility decision = rule.decide(account(starter, "250000", "250000"), null);

            assertThat(decision.eligible()).isFalse();
            assertThat(decision.checks()).filteredOn(check -> !check.passed()).singleElement()
                    .satisfies(check -> assertThat(check.message()).isEqualTo("Tier STARTER is below PREMIUM."));
        }
    }

    @Test
    void aDocumentedExceptionMakesAnAccountBelowTheThresholdsEligibleWithAnExtraApproval() {
        Eligibility decision = rule.decide(account(Tier.FREE, "5000", "5000"), "REFERENCE_CUSTOMER");

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.exceptionApprovalRequired()).isTrue();
        assertThat(decision.checks()).extracting(Check::rule, Check::passed).contains(
                org.assertj.core.groups.Tuple.tuple("channel.customer.min-tier", false),
                org.assertj.core.groups.Tuple.tuple("channel.customer.min-value", false),
                org.assertj.core.groups.Tuple.tuple("channel.customer.exception", true));
        assertThat(decision.approverId()).isEqualTo("csm-1");
    }

    @Test
    void anExceptionIsNotNeededByAnAccountThatQualifies() {
        Eligibility decision = rule.decide(account(Tier.PREMIUM, "100000", "0"), "EARLY_ADOPTER");

        assertThat(decision.eligible()).isTrue();
        assertThat(decision.exceptionApprovalRequired()).isFalse();
    }

    @Test
    void anUnknownOrClosedAccountIsNotEligibleEvenWithAnException() {
        Eligibility unknown = rule.decide(AccountFacts.unknown("acct-x"), "STRATEGIC_PARTNER");
        AccountFacts closed = new AccountFacts("acct-1", "Acme", Tier.ULTIMATE, new BigDecimal("900000"),
                new BigDecimal("900000"), null, "ae-1", "sa-1", "csm-1", true);

        assertThat(unknown.eligible()).isFalse();
        assertThat(unknown.checks()).extracting(Check::rule).containsExactly("channel.account.known");
        assertThat(rule.decide(closed, "STRATEGIC_PARTNER").eligible()).isFalse();
    }

    @Test
    void revenueInAnotherCurrencyIsNotComparedWithADollarThreshold() {
        AccountFacts euros = new AccountFacts("acct-1", "Acme", Tier.PREMIUM, new BigDecimal("500000"),
                new BigDecimal("500000"), "EUR", "ae-1", "sa-1", "csm-1", false);

        Eligibility decision = rule.decide(euros, null);

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.failures()).contains("EUR", "100000 USD");
    }

    @Test
    void withoutACsmTheRequestWaitsForOne() {
        AccountFacts noCsm = new AccountFacts("acct-1", "Acme", Tier.PREMIUM, new BigDecimal("100000"),
                new BigDecimal("100000"), null, "ae-1", "sa-1", null, false);

        Eligibility decision = rule.decide(noCsm, null);

        assertThat(decision.approverId()).isNull();
        assertThat(decision.checks()).extracting(Check::message).contains(
                "The account has no CSM yet: the request waits until the CRM names one, who approves.");
    }

    private static CustomerChannelRule rule(Set<ValueMeasure> measures) {
        return new CustomerChannelRule(Tier.PREMIUM, new BigDecimal("100000"), measures, "USD", EXCEPTIONS,
                Set.of("ASM", "SA_LEADER"));
    }

    private static AccountFacts account(Tier tier, String iacv, String arr) {
        return new AccountFacts("acct-1", "Acme", tier, new BigDecimal(arr), new BigDecimal(iacv), "USD", "ae-1",
                "sa-1", "csm-1", false);
    }
}
