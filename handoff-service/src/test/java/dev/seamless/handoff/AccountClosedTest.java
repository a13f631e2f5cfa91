package dev.seamless.handoff;

import static dev.seamless.handoff.Fixtures.PATIENCE;
import static dev.seamless.handoff.Fixtures.account;
import static dev.seamless.handoff.Fixtures.adminToken;
import static dev.seamless.handoff.Fixtures.awaitConsumed;
import static dev.seamless.handoff.Fixtures.awaitHandoff;
import static dev.seamless.handoff.Fixtures.closedWon;
import static dev.seamless.handoff.Fixtures.handoff;
import static dev.seamless.handoff.Fixtures.handoffsOf;
import static dev.seamless.handoff.Fixtures.knownAccount;
import static dev.seamless.handoff.Fixtures.newId;
import static dev.seamless.handoff.Fixtures.saAssigned;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import dev.seamless.events.Topics;
import dev.seamless.events.crm.AccountClosed;
import dev.seamless.events.handoff.HandoffCancelled;
import dev.seamless.events.types.Tier;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trigger {@code AccountClosed} (crm.accounts): the account's open handoffs and tasks end, with the reason. */
@QuarkusTest
class AccountClosedTest {

    @Test
    void closingTheAccountCancelsItsOpenTasksWithTheReasonAndNothingStartsAfterwards() {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.PREMIUM, "60000", "csm-1"));
        TestKafka.publish(closedWon(accountId, newId("opp")));
        TestKafka.publish(saAssigned(accountId, "sa-2", "sa-1"));
        Object saToCsm = awaitHandoff(accountId, "SA_TO_CSM").get("id");
        Object saToSa = awaitHandoff(accountId, "SA_TO_SA").get("id");
        String doneTask = handoff(saToSa).getString("tasks.find { it.ownerRole == 'INCOMING' }.id");
        given().auth().oauth2(adminToken()).post("/api/tasks/{id}/complete", doneTask).then().statusCode(200);

        TestKafka.publish(new AccountClosed(accountId, "Churned: moved to a competitor",
                OffsetDateTime.parse("2026-11-23T10:00:00Z")));

        await().atMost(PATIENCE).untilAsserted(() -> {
            for (Object id : List.of(saToCsm, saToSa)) {
                JsonPath cancelled = handoff(id);
                assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
                assertThat(cancelled.getString("cancellation.rule")).isEqualTo("handoff.account-closed");
                assertThat(cancelled.getString("cancellation.reason")).contains("Churned: moved to a competitor");
            }
        });
        List<Map<String, Object>> tasks = given().auth().oauth2(adminToken()).queryParam("accountId", accountId)
                .get("/api/tasks").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(tasks).hasSize(11);
        assertThat(tasks).filteredOn(task -> task.get("id").equals(doneTask)).singleElement()
                .satisfies(task -> assertThat(task.get("status")).isEqualTo("COMPLETED"));
        assertThat(tasks).filteredOn(task -> !task.get("id").equals(doneTask)).allSatisfy(task -> {
            assertThat(task.get("status")).isEqualTo("CANCELLED");
            assertThat((String) task.get("cancelReason")).contains("Churned: moved to a competitor");
        });
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(Topics.HANDOFF_EVENTS,
                HandoffCancelled.class, event -> event.accountId().equals(accountId)))
                .extracting(event -> event.cancelledTaskIds().size()).containsExactlyInAnyOrder(6, 4));

        given().auth().oauth2(adminToken()).post("/api/tasks/{id}/complete", tasks.get(0).get("id"))
                .then().statusCode(409);
        TestKafka.publish(saAssigned(accountId, "sa-3", "sa-2"));
        awaitConsumed(Topics.TRIAGE_EVENTS);
        assertThat(handoffsOf(accountId).getList("$")).hasSize(2);
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("accountId", accountId, "handoffType", "SA_TO_SA", "fromPersonId", "sa-2",
                        "toPersonId", "sa-3"))
                .post("/api/handoffs").then().statusCode(409).body("error", containsString("closed"));
    }

    @Test
    void aClosureThatArrivesBeforeAnythingElseStillKeepsHandoffsFromStarting() {
        String accountId = newId("acct");
        TestKafka.publish(new AccountClosed(accountId, "Duplicate account", OffsetDateTime.now()));
        awaitConsumed(Topics.CRM_ACCOUNTS);
        TestKafka.publish(saAssigned(accountId, "sa-2", "sa-1"));
        awaitConsumed(Topics.TRIAGE_EVENTS);
        assertThat(handoffsOf(accountId).getList("$")).isEmpty();
    }
}
