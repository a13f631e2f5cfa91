package dev.seamless.notification.journey;

import static dev.seamless.notification.RuleFixtures.SUPPORT;
import static dev.seamless.notification.RuleFixtures.account;
import static dev.seamless.notification.RuleFixtures.stage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.notification.delivery.PlannedEmail;
import dev.seamless.notification.delivery.Recipient;
import dev.seamless.notification.directory.PeopleFixture;
import dev.seamless.notification.directory.Recipients;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClosedWonEmailRuleTest {

    private final ClosedWonEmailRule rule = new ClosedWonEmailRule("Closed Won", SUPPORT);
    private final Recipients recipients = PeopleFixture.team().recipients();

    @Test
    void closedWonWithoutACsmSendsDigitalOnboardingToTheContactWithTheAeInCopy() {
        PlannedEmail email = rule.decide(stage("6-Awaiting Signature", "Closed Won"),
                Optional.of(account(null, "pat@acme.example")), recipients).orElseThrow();

        assertThat(email.template()).isEqualTo("digital-onboarding");
        assertThat(email.to().email()).isEqualTo("pat@acme.example");
        assertThat(email.cc()).extracting(Recipient::email).containsExactly("alex@seamless.example");
        assertThat(email.occasion()).isEqualTo("opportunity:opp-1");
        assertThat(email.reason().rule()).isEqualTo("notification.closed-won.digital-onboarding");
        assertThat(email.values()).containsEntry("contactName", "Pat Buyer").containsEntry("aeName", "Alex Seller")
                .containsEntry("supportLevel", "Standard").containsEntry("accountName", "Acme");
        assertThat(email.inputs()).containsEntry("accountKnown", true).containsEntry("aeId", "ae-1");
        assertThat(email.problems()).isEmpty();
    }

    @Test
    void anAccountWithACsmGetsNoDigitalOnboarding() {
        assertThat(rule.decide(stage("6-Awaiting Signature", "Closed Won"),
                Optional.of(account("csm-1", "pat@acme.example")), recipients)).isEmpty();
    }

    @Test
    void anyOtherStageSendsNothing() {
        assertThat(rule.decide(stage("5-Negotiating", "6-Awaiting Signature"),
                Optional.of(account(null, "pat@acme.example")), recipients)).isEmpty();
        assertThat(rule.decide(stage("6-Awaiting Signature", "8-Closed Lost"),
                Optional.of(account(null, "pat@acme.example")), recipients)).isEmpty();
    }

    @Test
    void anAccountWithoutAContactAddressIsPlannedWithTheProblemSoItIsRecordedAsFailed() {
        PlannedEmail email = rule.decide(stage("6-Awaiting Signature", "Closed Won"),
                Optional.of(account(null, null)), recipients).orElseThrow();

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
    }
}
