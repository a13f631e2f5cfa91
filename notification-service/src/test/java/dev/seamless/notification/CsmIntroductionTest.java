package dev.seamless.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.envelope.EventJson;
import dev.seamless.events.types.TeamRole;
import dev.seamless.events.types.Tier;
import dev.seamless.notification.Mails.Mail;
import dev.seamless.notification.delivery.MailDispatcher;
import dev.seamless.notification.delivery.Notification;
import dev.seamless.notification.delivery.NotificationStatus;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CsmIntroductionTest {

    @Inject
    MailDispatcher dispatcher;

    @Test
    void aQualifyingAccountIsIntroducedToItsCsmAtNegotiatingAndNotAgainAtAwaitingSignature() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(Scenario.CSM, scenario.contactEmail, Tier.PREMIUM, "50000");
        TestKafka.publish(scenario.stage("opp-1", "4-Proposal", "5-Negotiating"));

        Mail mail = Mails.awaitOneTo(scenario.contactEmail);
        assertThat(mail.cc()).containsExactly(Scenario.CSM_EMAIL, Scenario.AE_EMAIL);
        assertThat(mail.deliveries()).isEqualTo(3);
        assertThat(mail.subject()).isEqualTo(scenario.accountName
                + ": meet Casey Success, your Customer Success Manager");
        assertThat(mail.text()).contains("Hello Pat Buyer,")
                .contains("I would like to introduce Casey Success, your Customer Success Manager, who is copied")
                .contains("Alex Seller, Account Executive");
        assertThat(mail.html()).contains("introduce Casey Success, your Customer Success Manager");

        TestKafka.publish(scenario.stage("opp-1", "5-Negotiating", "6-Awaiting Signature"));
        Scenario.awaitLaterEventConsumed(scenario);
        dispatcher.dispatchDue();
        assertThat(Mails.to(scenario.contactEmail)).hasSize(1);
        assertThat(Probe.notifications(scenario.accountId)).hasSize(1);
        Probe.sentOnce(scenario.accountId, "csm-introduction");
    }

    @Test
    void aNewCustomerWhoseFirstDealReachesTheThresholdIsIntroducedAndOneJustBelowIsNot() throws Exception {
        Scenario reaching = new Scenario();
        reaching.publishAccount(Scenario.CSM, reaching.contactEmail, Tier.PREMIUM, "0");
        Scenario below = new Scenario();
        below.publishAccount(Scenario.CSM, below.contactEmail, Tier.PREMIUM, "0");
        TestKafka.publish(reaching.stage("opp-4", "4-Proposal", "5-Negotiating", "50000"));
        TestKafka.publish(below.stage("opp-2", "4-Proposal", "5-Negotiating", "49999.99"));

        Mail mail = Mails.awaitOneTo(reaching.contactEmail);
        assertThat(mail.cc()).containsExactly(Scenario.CSM_EMAIL, Scenario.AE_EMAIL);
        JsonNode inputs = EventJson.mapper().readTree(Probe.sentOnce(reaching.accountId, "csm-introduction")
                .decisionInputs);
        assertThat(inputs.get("arr").decimalValue()).isEqualByComparingTo("0");
        assertThat(inputs.get("dealValue").decimalValue()).isEqualByComparingTo("50000");
        assertThat(inputs.get("arrWithDeal").decimalValue()).isEqualByComparingTo("50000");
        Scenario.awaitLaterEventConsumed(below);
        assertThat(Probe.notifications(below.accountId)).isEmpty();
    }

    @Test
    void aMissedIntroductionIsRecordedAsFailedAndMadeUpForOnceTheCsmIsAssigned() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null, scenario.contactEmail, Tier.ULTIMATE, "120000");
        TestKafka.publish(scenario.stage("opp-3", "4-Proposal", "5-Negotiating"));

        await().atMost(Mails.PATIENCE).until(() -> Probe.notifications(scenario.accountId).size() == 1);
        Notification failed = Probe.notifications(scenario.accountId).get(0);
        assertThat(failed.status).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.failureReason).isEqualTo("account " + scenario.accountId
                + " qualifies for a CSM introduction but has no CSM assigned yet (crm.accounts)");

        TestKafka.publish(new AccountTeamChanged(scenario.accountId, TeamRole.CSM, null, Scenario.CSM));
        await().atMost(Mails.PATIENCE).until(() -> Scenario.CSM.equals(Probe.account(scenario.accountId).csmId));
        TestKafka.publish(scenario.stage("opp-3", "5-Negotiating", "6-Awaiting Signature"));

        Mail mail = Mails.awaitOneTo(scenario.contactEmail);
        assertThat(mail.cc()).containsExactly(Scenario.CSM_EMAIL, Scenario.AE_EMAIL);
        assertThat(Probe.notifications(scenario.accountId)).singleElement()
                .satisfies(notification -> assertThat(notification.id).isEqualTo(failed.id));
    }
}
