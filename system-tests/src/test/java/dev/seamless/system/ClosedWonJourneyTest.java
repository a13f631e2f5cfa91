package dev.seamless.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.seamless.events.Topics;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.handoff.HandoffStarted;
import dev.seamless.events.handoff.TaskCreated;
import dev.seamless.events.notification.NotificationSent;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.testsupport.SmtpSink;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.testsupport.Tokens;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The walking skeleton through the real broker and databases with all four services running as processes: a deal
 * closes in the CRM, handoff-service starts the handoff with its tasks, and notification-service emails the
 * customer and reports NotificationSent. Plus what a platform team checks on every service.
 */
class ClosedWonJourneyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @BeforeAll
    static void startTheSystem() {
        RunningSystem.services();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "triage-service", "handoff-service", "slack-channel-service", "notification-service" })
    void everyServiceIsReadyDocumentedMeasuredAndGuarded(String module) {
        String url = RunningSystem.url(module);
        given().get(url + "/q/health/ready").then().statusCode(200)
                .body(containsString("Database connections health check"))
                .body(containsString("Kafka connection health check"));
        given().get(url + "/q/health/live").then().statusCode(200);
        given().get(url + "/q/openapi").then().statusCode(200).body(containsString("/api/"));
        given().get(url + "/q/metrics").then().statusCode(200).body(containsString("seamless_outbox_published"));
        given().get(url + "/api/does-not-matter").then().statusCode(401);
    }

    @Test
    void aClosedWonDealStartsTheHandoffAndEmailsTheCustomer() throws Exception {
        String accountId = "acct-" + UUID.randomUUID();
        String contact = "buyer-" + UUID.randomUUID() + "@customer.example";
        TestKafka.publish(new PersonUpdated("ae-sys", "Jonas Weber", "jonas.weber@seamless.example", PersonRole.AE,
                "EMEA", Segment.MID_MARKET, List.of(), null, null, true));
        TestKafka.publish(new AccountUpdated(accountId, "Nordlicht Logistics", Segment.MID_MARKET, Tier.PREMIUM,
                new BigDecimal("12000"), new BigDecimal("12000"), 240, "EMEA", "ae-sys", "sa-sys", null, null,
                "Henrike Brandt", contact));
        // the opportunity travels on another topic: publish it once both services have applied the account
        await().atMost(PATIENCE).until(() -> TestKafka.consumedToEnd("handoff-service", Topics.CRM_ACCOUNTS)
                && TestKafka.consumedToEnd("notification-service", Topics.CRM_ACCOUNTS)
                && TestKafka.consumedToEnd("notification-service", Topics.DIRECTORY_PEOPLE));

        TestKafka.publish(new OpportunityStageChanged("opp-" + UUID.randomUUID(), accountId, "Premium, 60 seats",
                OrderType.FIRST_ORDER, "6-Awaiting Signature", "Closed Won", new BigDecimal("12000"),
                new BigDecimal("12000"), LocalDate.now(), "ae-sys", "sa-sys", false, null, null));

        String token = Tokens.forTest("ae-sys", "AE");
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).queryParam("accountId", accountId)
                .get(RunningSystem.url("handoff-service") + "/api/handoffs").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].tasks.size()", org.hamcrest.Matchers.greaterThan(0)));
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(TestKafka.events(Topics.HANDOFF_EVENTS, HandoffStarted.class,
                    started -> started.accountId().equals(accountId))).hasSize(1);
            assertThat(TestKafka.events(Topics.HANDOFF_EVENTS, TaskCreated.class,
                    task -> task.accountId().equals(accountId))).isNotEmpty();
            assertThat(TestKafka.events(Topics.NOTIFICATION_EVENTS, NotificationSent.class,
                    sent -> sent.accountId().equals(accountId) && sent.template().equals("digital-onboarding")))
                    .singleElement()
                    .satisfies(sent -> {
                        assertThat(sent.to()).isEqualTo(contact);
                        assertThat(sent.cc()).containsExactly("jonas.weber@seamless.example");
                    });
        });
        MimeMessage mail = SmtpSink.messages().stream().filter(message -> sentTo(message, contact)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail reached " + contact));
        assertThat(mail.getSubject()).contains("Nordlicht Logistics");
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
