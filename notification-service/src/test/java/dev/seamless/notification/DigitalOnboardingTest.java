package dev.seamless.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.handoff.PostSalesPathDecided;
import dev.seamless.events.notification.NotificationFailed;
import dev.seamless.events.notification.NotificationSent;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PostSalesMoment;
import dev.seamless.events.types.PostSalesPath;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.notification.Mails.Mail;
import dev.seamless.notification.delivery.MailDispatcher;
import dev.seamless.notification.delivery.NotificationStatus;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Digital onboarding follows handoff-service's PostSalesPathDecided, never a stage change weighed here. */
@QuarkusTest
class DigitalOnboardingTest {

    @Inject
    MailDispatcher dispatcher;

    @ConfigProperty(name = "seamless.mail.max-subject-length")
    int maxSubjectLength;

    @Test
    void aDigitalOnboardingDecisionAtClosedWonMailsTheContactWithTheAeInCopyAndPublishesNotificationSent() {
        Scenario scenario = smallCustomer();
        PostSalesPathDecided decision = scenario.decision("d-1", "opp-1", PostSalesMoment.CLOSED_WON,
                PostSalesPath.DIGITAL_ONBOARDING, null);
        EventEnvelope<SeamlessEvent> decided = TestKafka.publish(decision);

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
                    assertThat(sent.triggeringEventId()).isEqualTo(decided.id());
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
                .body("[0].decision.rule", equalTo("notification.post-sales.digital-onboarding"))
                .body("[0].decision.reason", startsWith("handoff-service decided DIGITAL_ONBOARDING at CLOSED_WON"
                        + " for opportunity opp-1 (decision " + decision.decisionId() + ", rule handoff.test.decided"))
                .body("[0].decision.inputs.decisionId", equalTo(decision.decisionId()))
                .body("[0].decision.inputs.decisionRule", equalTo("handoff.test.decided"))
                .body("[0].decision.inputs.opportunityId", equalTo("opp-1"))
                .body("[0].decision.inputs.supportTier", equalTo("STARTER"))
                .body("[0].triggeringEventId", equalTo(decided.id()));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("seamless_notifications_total{outcome=\"sent\",template=\"digital-onboarding\""));
    }

    /** The old rule weighed every won deal itself and welcomed a long-standing small customer at each renewal. */
    @Test
    void aSmallCustomersWonRenewalOrGrowthDealWithoutADecisionMailsNothing() {
        Scenario scenario = smallCustomer();
        TestKafka.publish(scenario.deal("opp-r", OrderType.RENEWAL, "6-Awaiting Signature", "Closed Won", "9000"));
        TestKafka.publish(scenario.deal("opp-g", OrderType.GROWTH, "6-Awaiting Signature", "Closed Won", "1000"));
        Scenario.awaitLaterEventConsumed(scenario);
        dispatcher.dispatchDue();

        assertThat(Probe.notifications(scenario.accountId)).isEmpty();
        assertThat(Mails.to(scenario.contactEmail)).isEmpty();
    }

    @Test
    void aDigitalOnboardingDecisionBeforeTheCloseMailsNothing() {
        Scenario scenario = smallCustomer();
        scenario.publishDecision(scenario.decision("d-1", "opp-2", PostSalesMoment.PRE_CLOSE,
                PostSalesPath.DIGITAL_ONBOARDING, null));
        dispatcher.dispatchDue();

        assertThat(Probe.notifications(scenario.accountId)).isEmpty();
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
        await().atMost(Mails.PATIENCE).until(() -> Probe.accountKnown(scenario.accountId));
        TestKafka.publish(scenario.decision("d-1", "opp-7", PostSalesMoment.CLOSED_WON,
                PostSalesPath.DIGITAL_ONBOARDING, null));

        Mail mail = Mails.awaitOneTo(scenario.contactEmail);
        assertThat(mail.subject()).hasSize(maxSubjectLength).startsWith("Welcome aboard, Nordlicht Logistik")
                .endsWith("…");
        assertThat(mail.text()).contains("Hello " + contactName + ",");
        assertThat(Probe.account(scenario.accountId).name).isEqualTo(accountName);
    }

    @Test
    void aRedeliveredOrRepeatedDecisionSendsNothingTwice() {
        Scenario scenario = smallCustomer();
        EventEnvelope<SeamlessEvent> closedWon = TestKafka.publish(scenario.decision("d-1", "opp-3",
                PostSalesMoment.CLOSED_WON, PostSalesPath.DIGITAL_ONBOARDING, null));
        Mails.awaitOneTo(scenario.contactEmail);

        TestKafka.publish(closedWon);
        scenario.publishDecision(scenario.decision("d-2", "opp-3", PostSalesMoment.CLOSED_WON,
                PostSalesPath.DIGITAL_ONBOARDING, null));
        dispatcher.dispatchDue();

        assertThat(Mails.to(scenario.contactEmail)).singleElement()
                .satisfies(mail -> assertThat(mail.deliveries()).isEqualTo(2));
        assertThat(Probe.notifications(scenario.accountId)).hasSize(1);
        assertThat(Probe.sentOnce(scenario.accountId, "digital-onboarding").triggeringEventId)
                .isEqualTo(closedWon.id());
    }

    /** The account is still FREE in crm.accounts when the deal that buys STARTER is won. */
    @Test
    void aFreeAccountBuyingStarterIsToldStartersSupportAsTheDecisionWeighedTheDealsTier() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null, scenario.contactEmail, Tier.FREE, "0");
        TestKafka.publish(scenario.digitalOnboarding("d-1", "opp-5", Map.of("tierWeighed", "STARTER",
                "tierSource", "deal")));

        Mail mail = Mails.awaitOneTo(scenario.contactEmail);
        assertThat(mail.text()).contains("Your team has Standard Support, so you can expect a first response by the"
                + " next business day, Monday to Friday.").doesNotContain("Community");
        given().auth().oauth2(Scenario.token(Scenario.AE, "AE")).queryParam("accountId", scenario.accountId)
                .get("/api/notifications").then().statusCode(200)
                .body("[0].decision.inputs.supportTier", equalTo("STARTER"))
                .body("[0].decision.inputs.supportTierSource", equalTo("deal"));
    }

    @Test
    void aDecisionThatWeighedTheAccountsTierStatesTheAccountsSupport() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null, scenario.contactEmail, Tier.FREE, "0");
        TestKafka.publish(scenario.digitalOnboarding("d-1", "opp-6", Map.of("tierWeighed", "STARTER",
                "tierSource", "account")));

        assertThat(Mails.awaitOneTo(scenario.contactEmail).text()).contains("Your team has Community Support");
        given().auth().oauth2(Scenario.token(Scenario.AE, "AE")).queryParam("accountId", scenario.accountId)
                .get("/api/notifications").then().statusCode(200)
                .body("[0].decision.inputs.supportTier", equalTo("FREE"))
                .body("[0].decision.inputs.supportTierSource", equalTo("crm.accounts"));
    }

    /**
     * The decision may arrive before crm.accounts describes the account or its contact's address (nothing orders
     * handoff.events against crm.accounts): the email waits for them instead of failing for good.
     */
    @Test
    void aDecisionBeforeTheAccountAndItsContactAddressWaitsAndIsSentOnceCrmAccountsDescribesThem() {
        Scenario scenario = new Scenario();
        scenario.publishDecision(scenario.decision("d-1", "opp-4", PostSalesMoment.CLOSED_WON,
                PostSalesPath.DIGITAL_ONBOARDING, null));
        assertThat(Probe.notifications(scenario.accountId)).singleElement().satisfies(notification -> {
            assertThat(notification.status).isEqualTo(NotificationStatus.WAITING);
            assertThat(notification.failureReason).isEqualTo("waiting for crm.accounts to describe account "
                    + scenario.accountId);
        });

        scenario.publishAccount(null, null, Tier.FREE, "0");
        await().atMost(Mails.PATIENCE).untilAsserted(() -> assertThat(Probe.notifications(scenario.accountId))
                .singleElement().satisfies(notification -> {
                    assertThat(notification.status).isEqualTo(NotificationStatus.WAITING);
                    assertThat(notification.failureReason).isEqualTo("waiting for crm.accounts to describe the"
                            + " primary contact of account " + scenario.accountId);
                    assertThat(notification.bodyText).contains("Hello Pat Buyer,");
                }));
        dispatcher.dispatchDue();
        assertThat(Mails.to(scenario.contactEmail)).isEmpty();
        given().auth().oauth2(Scenario.token(Scenario.AE, "AE")).queryParam("accountId", scenario.accountId)
                .queryParam("status", "WAITING").get("/api/notifications").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].recipient", equalTo(null));

        scenario.publishAccount(null, scenario.contactEmail, Tier.FREE, "0");

        assertThat(Mails.awaitOneTo(scenario.contactEmail).cc()).containsExactly(Scenario.AE_EMAIL);
        assertThat(Probe.sentOnce(scenario.accountId, "digital-onboarding").recipient)
                .isEqualTo(scenario.contactEmail);
        assertThat(TestKafka.events(Topics.NOTIFICATION_EVENTS, NotificationFailed.class,
                failed -> failed.accountId().equals(scenario.accountId))).isEmpty();
    }

    /** Starter, ARR 10,000, no CSM: far below the CSM threshold. */
    private static Scenario smallCustomer() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null, scenario.contactEmail, Tier.STARTER, "10000");
        return scenario;
    }
}
