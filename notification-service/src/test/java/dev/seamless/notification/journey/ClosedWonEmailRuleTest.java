package dev.seamless.notification.journey;

import static dev.seamless.notification.RuleFixtures.SUPPORT;
import static dev.seamless.notification.RuleFixtures.account;
import static dev.seamless.notification.RuleFixtures.deal;
import static dev.seamless.notification.RuleFixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Tier;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.delivery.Recipient;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.PeopleFixture;
import dev.seamless.notification.directory.Recipients;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosedWonEmailRuleTest {

    private final ClosedWonEmailRule rule = new ClosedWonEmailRule("Closed Won",
            new CsmQualification(Tier.PREMIUM, new BigDecimal("50000"), true), SUPPORT);
    private final Recipients recipients = PeopleFixture.team().recipients();

    @Test
    void closedWonWithoutACsmBelowTheThresholdSendsDigitalOnboardingToTheContactWithTheAeInCopy() {
        PlannedEmail email = rule.decide(firstOrderWon("49999.99"), Optional.of(newCustomer()), recipients)
                .orElseThrow();

        assertThat(email.template()).isEqualTo("digital-onboarding");
        assertThat(email.to().email()).isEqualTo("pat@acme.example");
        assertThat(email.cc()).extracting(Recipient::email).containsExactly("alex@seamless.example");
        assertThat(email.occasion()).isEqualTo("opportunity:opp-1");
        assertThat(email.reason().rule()).isEqualTo("notification.closed-won.digital-onboarding");
        assertThat(email.reason().message()).contains("tier PREMIUM with ARR 0 + this deal's 49999.99 = 49999.99 is"
                + " below the CSM threshold (tier PREMIUM or above and ARR 50000 or more)");
        assertThat(email.values()).containsEntry("contactName", "Pat Buyer").containsEntry("aeName", "Alex Seller")
                .containsEntry("supportLevel", "Standard").containsEntry("accountName", "Acme");
        assertThat(email.inputs()).containsEntry("accountKnown", true).containsEntry("aeId", "ae-1")
                .containsEntry("iacv", new BigDecimal("49999.99")).containsEntry("dealValueCounted", true)
                .containsEntry("arrWithDeal", new BigDecimal("49999.99")).containsEntry("qualifiesForCsm", false);
        assertThat(email.problems()).isEmpty();
    }

    /** A new customer that qualifies with its won deal is due a CSM, not digital onboarding (as in handoff-service). */
    @ParameterizedTest
    @CsvSource({ "49999.99, true", "50000, false" })
    void aFirstOrderCountsTheWonDealTowardsTheThreshold(String iacv, boolean digitalOnboarding) {
        assertThat(rule.decide(firstOrderWon(iacv), Optional.of(newCustomer()), recipients).isPresent())
                .isEqualTo(digitalOnboarding);
    }

    @Test
    void anExistingCustomersWonDealIsAlreadyInTheCrmsArr() {
        PlannedEmail email = rule.decide(deal("6-Awaiting Signature", "Closed Won", OrderType.GROWTH, "60000",
                "60000"), Optional.of(account(null, Tier.PREMIUM, "49999.99")), recipients).orElseThrow();

        assertThat(email.inputs()).containsEntry("dealValueCounted", false)
                .containsEntry("arrWithDeal", new BigDecimal("49999.99"));
        assertThat(rule.decide(deal("6-Awaiting Signature", "Closed Won", OrderType.RENEWAL, "1", "1"),
                Optional.of(account(null, Tier.PREMIUM, "50000")), recipients)).isEmpty();
    }

    @Test
    void anAccountWithACsmGetsNoDigitalOnboarding() {
        assertThat(rule.decide(stage("6-Awaiting Signature", "Closed Won"),
                Optional.of(account("csm-1", "pat@acme.example")), recipients)).isEmpty();
    }

    @Test
    void anyOtherStageSendsNothing() {
        assertThat(rule.decide(deal("5-Negotiating", "6-Awaiting Signature", OrderType.FIRST_ORDER, "1", "1"),
                Optional.of(newCustomer()), recipients)).isEmpty();
        assertThat(rule.decide(deal("6-Awaiting Signature", "8-Closed Lost", OrderType.FIRST_ORDER, "1", "1"),
                Optional.of(newCustomer()), recipients)).isEmpty();
    }

    @Test
    void anAccountWithoutAContactAddressIsPlannedWithTheProblemSoItIsRecordedAsFailed() {
        Account withoutContact = newCustomer();
        withoutContact.contactEmail = null;
        PlannedEmail email = rule.decide(firstOrderWon("1000"), Optional.of(withoutContact), recipients)
                .orElseThrow();

        assertThat(email.problems()).containsExactly(
                "no customer contact email is known: crm.accounts names no primary contact email for account acct-1");
    }

    @Test
    void anUnknownAccountIsPlannedWithTheProblem() {
        PlannedEmail email = rule.decide(stage("6-Awaiting Signature", "Closed Won"), Optional.empty(), recipients)
                .orElseThrow();

        assertThat(email.problems()).containsExactly(
                "no customer contact email is known: account acct-1 is not known from crm.accounts");
        assertThat(email.values()).containsEntry("accountName", "acct-1");
        assertThat(email.inputs()).containsEntry("accountKnown", false);
        assertThat(email.reason().message()).contains("cannot be shown to qualify for a CSM");
    }

    private static OpportunityStageChanged firstOrderWon(String iacv) {
        return deal("6-Awaiting Signature", "Closed Won", OrderType.FIRST_ORDER, iacv, iacv);
    }

    /** Premium, no ARR booked yet, no CSM. */
    private static Account newCustomer() {
        return account(null, Tier.PREMIUM, "0");
    }
}
