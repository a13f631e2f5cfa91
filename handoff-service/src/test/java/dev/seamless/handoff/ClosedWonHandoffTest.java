package dev.seamless.handoff;

import static dev.seamless.handoff.Fixtures.PATIENCE;
import static dev.seamless.handoff.Fixtures.account;
import static dev.seamless.handoff.Fixtures.awaitConsumed;
import static dev.seamless.handoff.Fixtures.awaitHandoffs;
import static dev.seamless.handoff.Fixtures.closedWon;
import static dev.seamless.handoff.Fixtures.firstOrderMoves;
import static dev.seamless.handoff.Fixtures.knownAccount;
import static dev.seamless.handoff.Fixtures.newId;
import static dev.seamless.handoff.Fixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.handoff.HandoffStarted;
import dev.seamless.events.handoff.TaskCreated;
import dev.seamless.events.types.Tier;
import dev.seamless.messaging.consume.DeadLetters;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClosedWonHandoffTest {

    @Test
    void closedWonOfAQualifyingNewAccountStartsTheSaToCsmChecklist() {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.PREMIUM, "50000", "csm-7"));
        TestKafka.publish(closedWon(accountId, "opp-1"));

        ValidatableResponse handoff = awaitHandoffs(accountId, 1);
        handoff.body("[0].handoffType", equalTo("SA_TO_CSM"))
                .body("[0].fromPersonId", equalTo("sa-1"))
                .body("[0].toPersonId", equalTo("csm-7"))
                .body("[0].decision.rule", equalTo("handoff.closed-won.csm-qualified"))
                .body("[0].decision.inputs.arr", equalTo(50000))
                .body("[0].decision.inputs.arrWithDeal", equalTo(110000))
                .body("[0].progress.total", equalTo(6))
                .body("[0].tasks.findAll { it.ownerRole == 'OUTGOING' }.assigneeId", everyItem(equalTo("sa-1")))
                .body("[0].tasks.findAll { it.ownerRole == 'INCOMING' }.assigneeId", everyItem(equalTo("csm-7")));

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(TestKafka.events(Topics.HANDOFF_EVENTS, HandoffStarted.class,
                    started -> started.accountId().equals(accountId))).singleElement()
                    .satisfies(started -> assertThat(started.taskCount()).isEqualTo(6));
            assertThat(TestKafka.events(Topics.HANDOFF_EVENTS, TaskCreated.class,
                    task -> task.accountId().equals(accountId))).hasSize(6);
        });
    }

    @Test
    void aFirstOrderThatLeavesTheAccountJustBelowTheArrThresholdGetsDigitalOnboardingInstead() {
        String accountId = newId("acct");
        firstOrderMoves(accountId, "20000", "opp-2", "6-Awaiting Signature", "Closed Won", "29999.99");

        awaitHandoffs(accountId, 1)
                .body("[0].handoffType", equalTo("DIGITAL_ONBOARDING"))
                .body("[0].decision.rule", equalTo("handoff.closed-won.digital-onboarding"))
                .body("[0].decision.inputs.arrWithDeal", equalTo(49999.99f))
                .body("[0].tasks.find { it.ownerRole == 'AE' }.assigneeId", equalTo("ae-1"));
    }

    @Test
    void aRedeliveredEventStartsNoSecondHandoff() {
        String accountId = newId("acct");
        EventEnvelope<SeamlessEvent> event = TestKafka.publish(closedWon(accountId, "opp-3"));
        awaitHandoffs(accountId, 1);

        TestKafka.publish(event);
        TestKafka.publish(closedWon(accountId, "opp-3")); // the same trigger again, as a new event
        awaitConsumed(Topics.CRM_OPPORTUNITIES);

        given().auth().oauth2(token()).queryParam("accountId", accountId).get("/api/handoffs")
                .then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void anInvalidRecordIsDeadLetteredWithItsReasonAndTheNextOneIsApplied() {
        String accountId = newId("acct");
        String missingAccountId = """
                {"specversion":"1.0","id":"%s","source":"urn:crm","type":"OpportunityStageChanged",
                 "datacontenttype":"application/json",
                 "data":{"opportunityId":"opp-x","name":"Deal","orderType":"FIRST_ORDER","toStage":"Closed Won",
                         "amount":12000,"aeId":"ae-1"}}""".formatted(UUID.randomUUID());
        TestKafka.publishRaw(Topics.CRM_OPPORTUNITIES, accountId, missingAccountId);
        TestKafka.publish(closedWon(accountId, "opp-5"));

        awaitHandoffs(accountId, 1);
        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(accountId);
        assertThat(TestKafka.header(deadLetter, DeadLetters.REASON)).contains("data.accountId is required");
        assertThat(TestKafka.header(deadLetter, DeadLetters.ORIGINAL_TOPIC)).isEqualTo(Topics.CRM_OPPORTUNITIES);
    }

    @Test
    void aRecordTheDatabaseRefusesIsDeadLetteredAloneWhileItsBatchNeighboursAreApplied() {
        String before = newId("acct");
        String poison = "acct-" + "x".repeat(80); // longer than the account id column
        String after = newId("acct");
        TestKafka.publish(closedWon(before, "opp-6"));
        TestKafka.publish(closedWon(poison, "opp-7"));
        TestKafka.publish(closedWon(after, "opp-8"));

        awaitHandoffs(before, 1);
        awaitHandoffs(after, 1);
        ConsumerRecord<String, byte[]> deadLetter = awaitDeadLetter(poison);
        assertThat(TestKafka.header(deadLetter, DeadLetters.REASON)).containsIgnoringCase("too long");
    }

    @Test
    void theApiNeedsAToken() {
        given().get("/api/handoffs").then().statusCode(401);
        given().auth().oauth2(Tokens.forTest("nobody")).get("/api/handoffs").then().statusCode(403);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        return await().atMost(PATIENCE).until(() -> TestKafka.records(Topics.deadLetterOf(Topics.CRM_OPPORTUNITIES))
                .stream().filter(record -> key.equals(record.key())).findFirst().orElse(null),
                record -> record != null);
    }
}
