package dev.seamless.notification.journey;

import static dev.seamless.notification.RuleFixtures.account;
import static dev.seamless.notification.RuleFixtures.deal;
import static dev.seamless.notification.RuleFixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Tier;
import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.delivery.Recipient;
import dev.seamless.notification.directory.Account;
import dev.seamless.notification.directory.PeopleFixture;
import dev.seamless.notification.directory.Recipients;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsmIntroductionRuleTest {

    private static final Set<String> INTRODUCTION_STAGES = Set.of("5-Negotiating", "6-Awaiting Signature");

    private final CsmIntroductionRule rule = rule(true);
    private final Recipients recipients = PeopleFixture.team().recipients();

    @ParameterizedTest
    @ValueSource(strings = { "5-Negotiating", "6-Awaiting Signature" })
    void aQualifyingAccountEnteringNegotiatingOrAwaitingSignatureIsIntroducedToItsCsm(String stage) {
        PlannedEmail email = rule.decide(stage("4-Proposal", stage), Optional.of(qualifying()), recipients)
                .orElseThrow();

        assertThat(email.template()).isEqualTo("csm-introduction");
        assertThat(email.to().email()).isEqualTo("pat@acme.example");
        assertThat(email.cc()).extracting(Recipient::email)
                .containsExactly("casey@seamless.example", "alex@seamless.example");
        assertThat(email.values()).containsEntry("csmName", "Casey Success").containsEntry("aeName", "Alex Seller");
        assertThat(email.reason().rule()).isEqualTo("notification.csm-introduction.qualified");
        assertThat(email.inputs()).containsEntry("tier", Tier.PREMIUM).containsEntry("arr", new BigDecimal("50000"))
                .containsEntry("dealValue", new BigDecimal("60000")).containsEntry("dealValueCounted", true)
                .containsEntry("arrWithDeal", new BigDecimal("110000"))
                .containsEntry("minTier", Tier.PREMIUM).containsEntry("minArr", new BigDecimal("50000"));
        assertThat(email.problems()).isEmpty();
    }

    @Test
    void negotiatingAndAwaitingSignatureAreOneOccasionSoTheCsmIsIntroducedOnce() {
        PlannedEmail atNegotiating = rule.decide(stage("4-Proposal", "5-Negotiating"), Optional.of(qualifying()),
                recipients).orElseThrow();
        PlannedEmail atAwaitingSignature = rule.decide(stage("5-Negotiating", "6-Awaiting Signature"),
                Optional.of(qualifying()), recipients).orElseThrow();

        assertThat(atAwaitingSignature.occasion()).isEqualTo(atNegotiating.occasion()).isEqualTo("opportunity:opp-1");
    }

    @ParameterizedTest
    @ValueSource(strings = { "4-Proposal", "7-Closing", "Closed Won" })
    void otherStagesIntroduceNobody(String stage) {
        assertThat(rule.decide(stage("3-Technical Evaluation", stage), Optional.of(qualifying()), recipients))
                .isEmpty();
    }

    /** The open deal's IACV counts towards the account's ARR: a new customer qualifies through its first deal. */
    @ParameterizedTest
    @CsvSource({ "0, 49999.99, false", "0, 50000, true", "49999.99, 0, false", "50000, 0, true",
            "20000, 29999.99, false", "20000, 30000, true" })
    void theArrWithTheOpenDealDecidesOnBothSidesOfTheThreshold(String arr, String iacv, boolean introduced) {
        Optional<PlannedEmail> email = rule.decide(deal("4-Proposal", "5-Negotiating", OrderType.FIRST_ORDER,
                "999999", iacv), Optional.of(account("csm-1", Tier.PREMIUM, arr)), recipients);

        assertThat(email.isPresent()).isEqualTo(introduced);
        email.ifPresent(planned -> assertThat(planned.reason().message())
                .contains("ARR " + arr + " + this deal's " + iacv + " = "));
    }

    @ParameterizedTest
    @CsvSource({ "49999.99, false", "50000, true" })
    void aDealWithoutIacvCountsWithItsAmount(String amount, boolean introduced) {
        assertThat(rule.decide(deal("4-Proposal", "5-Negotiating", OrderType.FIRST_ORDER, amount, null),
                Optional.of(account("csm-1", Tier.PREMIUM, "0")), recipients).isPresent()).isEqualTo(introduced);
    }

    @ParameterizedTest
    @CsvSource({ "49999.99, false", "50000, true" })
    void withoutCountingTheOpenDealOnlyTheAccountsArrDecides(String arr, boolean introduced) {
        Optional<PlannedEmail> email = rule(false).decide(stage("4-Proposal", "5-Negotiating"),
                Optional.of(account("csm-1", Tier.PREMIUM, arr)), recipients);

        assertThat(email.isPresent()).isEqualTo(introduced);
        email.ifPresent(planned -> assertThat(planned.inputs()).containsEntry("dealValueCounted", false)
                .containsEntry("arrWithDeal", new BigDecimal(arr)));
    }

    @Test
    void belowTheTierNothingQualifiesWhateverTheArr() {
        assertThat(rule.decide(stage("4-Proposal", "5-Negotiating"),
                Optional.of(account("csm-1", Tier.FREE, "900000")), recipients)).isEmpty();
        assertThat(rule.decide(stage("4-Proposal", "5-Negotiating"),
                Optional.of(account("csm-1", Tier.ULTIMATE, "50000")), recipients)).isPresent();
    }

    @Test
    void anAccountNotKnownFromTheCrmCannotBeShownToQualify() {
        assertThat(rule.decide(stage("4-Proposal", "5-Negotiating"), Optional.empty(), recipients)).isEmpty();
        Account onlyTeamKnown = new Account();
        onlyTeamKnown.accountId = "acct-1";
        onlyTeamKnown.csmId = "csm-1";
        assertThat(rule.decide(stage("4-Proposal", "5-Negotiating"), Optional.of(onlyTeamKnown), recipients))
                .isEmpty();
    }

    @Test
    void aQualifyingAccountWithoutACsmIsPlannedWithThatProblem() {
        PlannedEmail email = rule.decide(stage("4-Proposal", "5-Negotiating"),
                Optional.of(account(null, "pat@acme.example")), recipients).orElseThrow();

        assertThat(email.problems()).containsExactly(
                "account acct-1 qualifies for a CSM introduction but has no CSM assigned yet (crm.accounts)");
    }

    /** At Closed Won a first order's won deal counts, as for the digital-onboarding decision and in handoff-service. */
    @ParameterizedTest
    @CsvSource({ "49999.99, false", "50000, true" })
    void aNewCustomerWithoutACsmThatQualifiesAtClosedWonIsDueItsIntroduction(String iacv, boolean due) {
        Optional<PlannedEmail> email = rule.decide(deal("6-Awaiting Signature", "Closed Won", OrderType.FIRST_ORDER,
                iacv, iacv), Optional.of(account(null, Tier.PREMIUM, "0")), recipients);

        assertThat(email.isPresent()).isEqualTo(due);
        email.ifPresent(planned -> {
            assertThat(planned.reason().rule()).isEqualTo("notification.csm-introduction.closed-won-without-csm");
            assertThat(planned.occasion()).isEqualTo("opportunity:opp-1");
            assertThat(planned.problems()).containsExactly("account acct-1 qualifies for a CSM introduction but has"
                    + " no CSM assigned yet (crm.accounts)");
            assertThat(planned.inputs()).containsEntry("arrWithDeal", new BigDecimal("50000"))
                    .containsEntry("orderType", OrderType.FIRST_ORDER);
        });
    }

    @Test
    void atClosedWonAnExistingCustomersDealIsAlreadyInItsArrAndAnAccountWithACsmWasIntroducedBefore() {
        assertThat(rule.decide(deal("6-Awaiting Signature", "Closed Won", OrderType.GROWTH, "60000", "60000"),
                Optional.of(account(null, Tier.PREMIUM, "49999.99")), recipients)).isEmpty();
        assertThat(rule.decide(deal("6-Awaiting Signature", "Closed Won", OrderType.FIRST_ORDER, "60000", "60000"),
                Optional.of(account("csm-1", Tier.PREMIUM, "0")), recipients)).isEmpty();
    }

    private static CsmIntroductionRule rule(boolean countOpenDeal) {
        return new CsmIntroductionRule(INTRODUCTION_STAGES, "Closed Won",
                new CsmQualification(Tier.PREMIUM, new BigDecimal("50000"), countOpenDeal));
    }

    private static Account qualifying() {
        return account("csm-1", "pat@acme.example");
    }
}
