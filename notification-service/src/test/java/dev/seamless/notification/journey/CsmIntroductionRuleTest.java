package dev.seamless.notification.journey;

import static dev.seamless.notification.RuleFixtures.account;
import static dev.seamless.notification.RuleFixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;

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

    private final CsmIntroductionRule rule = new CsmIntroductionRule(
            Set.of("5-Negotiating", "6-Awaiting Signature"), Tier.PREMIUM, new BigDecimal("50000"));
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

    /** Just below the ARR threshold at the lowest qualifying tier, or below the tier whatever the ARR. */
    @ParameterizedTest
    @CsvSource({ "PREMIUM, 49999.99", "FREE, 900000" })
    void anAccountBelowEitherThresholdDoesNotQualify(Tier tier, String arr) {
        Account account = qualifying();
        account.tier = tier;
        account.arr = new BigDecimal(arr);

        assertThat(rule.decide(stage("4-Proposal", "5-Negotiating"), Optional.of(account), recipients)).isEmpty();
    }

    @Test
    void aTierAboveTheThresholdQualifies() {
        Account account = qualifying();
        account.tier = Tier.ULTIMATE;

        assertThat(rule.decide(stage("4-Proposal", "5-Negotiating"), Optional.of(account), recipients)).isPresent();
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

    private static Account qualifying() {
        return account("csm-1", "pat@acme.example");
    }
}
