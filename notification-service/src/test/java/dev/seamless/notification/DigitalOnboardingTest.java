package dev.seamless.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.notification.NotificationFailed;
import dev.seamless.events.notification.NotificationSent;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.notification.Mails.Mail;
import dev.seamless.notification.delivery.MailDispatcher;
import dev.seamless.notification.delivery.NotificationStatus;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DigitalOnboardingTest {

    @Inject
    MailDispatcher dispatcher;

    @ConfigProperty(name = "seamless.mail.max-subject-length")
    int maxSubjectLength;

    @Test
    void closedWonBelowTheCsmThresholdMailsDigitalOnboardingToTheContactWithTheAeInCopyAndPublishesNotificationSent() {
        Scenario scenario = newCustomer();
        EventEnvelope<SeamlessEvent> closedWon = TestKafka.publish(
                scenario.stage("opp-1", "6-Awaiting Signature", "Closed Won", "49999.99"));

        Mail mail = Mails.awaitOneTo(scenario.contactEmail);
        assertThat(mail.cc()).containsExactly(Scenario.AE_EMAIL);
        assertThat(mail.deliveries()).isEqualTo(2);
        assertThat(mail.subject()).isEqualTo("Welcome aboard, " + scenario.accountName
                + ": getting started and where to find help");
        assertThat(mail.text()).contains("Hello Pat Buyer,")
                .contains("https://support.seamless.example")
                .contains("Your team has Standard Support, so you can expect a first response by the next business"
                        + " day, Monday to Friday.")
                .contains("Alex Seller, your Account Executive, is copied");
        assertThat(mail.html()).contains("<a href=\"https://support.seamless.example\">support portal</a>")
                .contains("Standard Support");

        await().atMost(Mails.PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(Topics.NOTIFICATION_EVENTS,
                NotificationSent.class, sent -> sent.accountId().equals(scenario.accountId))).singleElement()
                .satisfies(sent -> {
                    assertThat(sent.template()).isEqualTo("digital-onboarding");
                    assertThat(sent.to()).isEqualTo(scenario.contactEmail);
                    assertThat(sent.cc()).containsExactly(Scenario.AE_EMAIL);
                    assertThat(sent.subject()).isEqualTo(mail.subject());
                    assertThat(sent.triggeringEventId()).isEqualTo(closedWon.id());
                    assertThat(sent.notificationId()).isEqualTo(mail.notificationId());
                }));

        given().auth().oauth2(Scenario.token(Scenario.AE, "AE")).queryParam("accountId", scenario.accountId)
                .get("/api/notifications").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].status", equalTo("SENT"))
                .body("[0].template", equalTo("digital-onboarding"))
                .body("[0].recipient", equalTo(scenario.contactEmail))
                .body("[0].cc", contains(Scenario.AE_EMAIL))
                .body("[0].bodyText", containsString("Hello Pat Buyer,"))
                .body("[0].decision.rule", equalTo("notification.closed-won.digital-onboarding"))
                .body("[0].decision.inputs.opportunityId", equalTo("opp-1"))
                .body("[0].decision.inputs.arrWithDeal", equalTo(49999.99f))
                .body("[0].decision.inputs.qualifiesForCsm", equalTo(false))
                .body("[0].triggeringEventId", equalTo(closedWon.id()));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("seamless_notifications_total{outcome=\"sent\",template=\"digital-onboarding\""));
    }

    @Test
    void aNewCustomerQualifyingWithItsWonDealGetsNoDigitalOnboardingAndItsMissingCsmIntroductionIsRecorded() {
        Scenario scenario = newCustomer();
        TestKafka.publish(scenario.stage("opp-5", "6-Awaiting Signature", "Closed Won", "50000"));

        await().atMost(Mails.PATIENCE).until(() -> Probe.notifications(scenario.accountId).size() == 1);
        Scenario.awaitLaterEventConsumed(scenario);
        dispatcher.dispatchDue();
        assertThat(Probe.notifications(scenario.accountId)).singleElement().satisfies(notification -> {
            assertThat(notification.template).isEqualTo("csm-introduction");
            assertThat(notification.status).isEqualTo(NotificationStatus.FAILED);
            assertThat(notification.decisionRule).isEqualTo("notification.csm-introduction.closed-won-without-csm");
            assertThat(notification.failureReason).isEqualTo("account " + scenario.accountId
                    + " qualifies for a CSM introduction but has no CSM assigned yet (crm.accounts)");
        });
        assertThat(Mails.to(scenario.contactEmail)).isEmpty();
    }

    @Test
    void namesOfAnyLengthFromTheCrmAreKeptAndTheSubjectShortened() {
        Scenario scenario = new Scenario();
        String accountName = "Nordlicht " + "Logistik ".repeat(40);
        String contactName = "Henrike " + "von ".repeat(80) + "Brandt";
        TestKafka.publish(new AccountUpdated(scenario.accountId, accountName, Segment.SMB, Tier.PREMIUM,
                BigDecimal.ZERO, BigDecimal.ZERO, 40, "AMER", Scenario.AE, Scenario.SA, null, null, contactName,
                scenario.contactEmail));
        TestKafka.publish(new OpportunityStageChanged("opp-7", scenario.accountId, "Fleet ".repeat(60),
                OrderType.FIRST_ORDER, "6-Awaiting Signature", "Closed Won", new BigDecimal("1000"), null, null,
                Scenario.AE, Scenario.SA, false, null, null));

        Mail mail = Mails.awaitOneTo(scenario.contactEmail);
        assertThat(mail.subject()).hasSize(maxSubjectLength).startsWith("Welcome aboard, Nordlicht Logistik")
                .endsWith("…");
        assertThat(mail.text()).contains("Hello " + contactName + ",");
        assertThat(Probe.account(scenario.accountId).name).isEqualTo(accountName);
    }

    @Test
    void anAccountWithACsmGetsNoDigitalOnboarding() {
        Scenario withCsm = new Scenario();
        withCsm.publishAccount(Scenario.CSM);
        TestKafka.publish(withCsm.stage("opp-2", "6-Awaiting Signature", "Closed Won"));
        // a later event of the same account (same partition) proves the first was consumed
        Scenario.awaitLaterEventConsumed(withCsm);

        assertThat(Probe.notifications(withCsm.accountId)).extracting(n -> n.template)
                .doesNotContain("digital-onboarding");
        assertThat(Mails.to(withCsm.contactEmail)).isEmpty();
    }

    @Test
    void aRedeliveredOrRepeatedClosedWonSendsNothingTwice() {
        Scenario scenario = newCustomer();
        EventEnvelope<SeamlessEvent> closedWon = TestKafka.publish(
                scenario.stage("opp-3", "6-Awaiting Signature", "Closed Won", "1000"));
        Mails.awaitOneTo(scenario.contactEmail);

        TestKafka.publish(closedWon);
        TestKafka.publish(scenario.stage("opp-3", "6-Awaiting Signature", "Closed Won", "1000"));
        Scenario.awaitLaterEventConsumed(scenario);
        dispatcher.dispatchDue();

        assertThat(Mails.to(scenario.contactEmail)).singleElement()
                .satisfies(mail -> assertThat(mail.deliveries()).isEqualTo(2));
        assertThat(Probe.notifications(scenario.accountId)).hasSize(1);
        assertThat(Probe.sentOnce(scenario.accountId, "digital-onboarding").triggeringEventId)
                .isEqualTo(closedWon.id());
    }

    @Test
    void aContactWithoutAnAddressIsRecordedAsAFailedNotificationWithTheReason() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null, null, Tier.FREE, "0");
        TestKafka.publish(scenario.stage("opp-4", "6-Awaiting Signature", "Closed Won"));

        await().atMost(Mails.PATIENCE).until(() -> Probe.notifications(scenario.accountId).size() == 1);
        assertThat(Probe.notifications(scenario.accountId)).singleElement().satisfies(notification -> {
            assertThat(notification.status).isEqualTo(NotificationStatus.FAILED);
            assertThat(notification.failureReason).isEqualTo("no customer contact email is known: crm.accounts"
                    + " names no primary contact email for account " + scenario.accountId);
            assertThat(notification.bodyText).contains("Hello Pat Buyer,");
        });
        await().atMost(Mails.PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(Topics.NOTIFICATION_EVENTS,
                NotificationFailed.class, failed -> failed.accountId().equals(scenario.accountId))).singleElement()
                .satisfies(failed -> assertThat(failed.reason()).contains("names no primary contact email")));
        given().auth().oauth2(Scenario.token(Scenario.AE, "AE")).queryParam("accountId", scenario.accountId)
                .queryParam("status", "FAILED").get("/api/notifications").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].recipient", equalTo(null));
    }

    /** Premium, no ARR booked yet, no CSM: whether it qualifies for a CSM depends on its first deal. */
    private static Scenario newCustomer() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null, scenario.contactEmail, Tier.PREMIUM, "0");
        return scenario;
    }
}
