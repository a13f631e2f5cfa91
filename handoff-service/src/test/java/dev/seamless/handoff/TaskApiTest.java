package dev.seamless.handoff;

import static dev.seamless.handoff.Fixtures.PATIENCE;
import static dev.seamless.handoff.Fixtures.account;
import static dev.seamless.handoff.Fixtures.adminToken;
import static dev.seamless.handoff.Fixtures.handoff;
import static dev.seamless.handoff.Fixtures.handoffsOf;
import static dev.seamless.handoff.Fixtures.knownAccount;
import static dev.seamless.handoff.Fixtures.newId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.seamless.events.Topics;
import dev.seamless.events.handoff.HandoffCompleted;
import dev.seamless.events.handoff.TaskCompleted;
import dev.seamless.events.types.Tier;
import dev.seamless.handoff.person.Person;
import dev.seamless.handoff.task.HandoffTask;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** {@code /api/handoffs} and {@code /api/tasks}: start by hand, list, complete, and the handoff's progress. */
@QuarkusTest
class TaskApiTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aHandoffStartedByHandRecordsWhoStartedItAndWhy() {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.PREMIUM, "20000", "ae-7", "sa-a", null));

        JsonPath started = given().auth().oauth2(Tokens.forTest("asm-1", "ASM")).contentType(ContentType.JSON)
                .body(Map.of("accountId", accountId, "handoffType", "SA_TO_SA", "fromPersonId", "sa-a",
                        "toPersonId", "sa-b", "reason", "workload rebalancing"))
                .post("/api/handoffs").then().statusCode(201)
                .header("Location", containsString("/api/handoffs/"))
                .body("trigger.type", equalTo("Manual"))
                .body("trigger.startedBy", equalTo("asm-1"))
                .body("decision.rule", equalTo("handoff.manual"))
                .body("decision.reason", equalTo("Started by hand by asm-1: workload rebalancing"))
                .body("aeId", equalTo("ae-7"))
                .body("progress.total", equalTo(5))
                .extract().jsonPath();
        assertThat(handoff(started.getString("id")).getString("handoffType")).isEqualTo("SA_TO_SA");

        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("accountId", accountId, "handoffType", "SA_TO_SA", "fromPersonId", "sa-a",
                        "toPersonId", "sa-b"))
                .post("/api/handoffs").then().statusCode(409).body("error", containsString(started.getString("id")));
    }

    @Test
    void onlyTheAccountTeamOrAManagerStartsAHandoffAndCompletesATaskThatHasNoAssigneeYet() {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.PREMIUM, "20000", "ae-t", "sa-t", null));
        Map<String, String> request = Map.of("accountId", accountId, "handoffType", "AE_TO_CSM");

        given().auth().oauth2(Tokens.forTest("ae-other", "AE")).contentType(ContentType.JSON).body(request)
                .post("/api/handoffs").then().statusCode(403)
                .body("error", containsString("ae-other is not on the account team of " + accountId));
        assertThat(handoffsOf(accountId).getList("$")).isEmpty();

        JsonPath started = given().auth().oauth2(Tokens.forTest("ae-t", "AE")).contentType(ContentType.JSON)
                .body(request).post("/api/handoffs").then().statusCode(201)
                .body("trigger.startedBy", equalTo("ae-t")).extract().jsonPath();
        // the account has no CSM yet, so the incoming person's task waits for one
        String unassigned = started.getString("tasks.find { it.ownerRole == 'INCOMING' }.id");
        assertThat(started.getString("tasks.find { it.ownerRole == 'INCOMING' }.assigneeId")).isNull();

        given().auth().oauth2(Tokens.forTest("sa-other", "SA")).post("/api/tasks/{id}/complete", unassigned)
                .then().statusCode(403).body("error", containsString("has no assignee yet"));
        given().auth().oauth2(Tokens.forTest("sa-t", "SA")).post("/api/tasks/{id}/complete", unassigned)
                .then().statusCode(200).body("completedBy", equalTo("sa-t"));
    }

    @Test
    void badInputIsRefusedNamingEveryFieldAndStoresNothing() {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.PREMIUM, "20000", null));

        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("accountId", accountId, "handoffType", "TAM_TO_TAM", "fromPersonId", "sa-a",
                        "toPersonId", "sa-a"))
                .post("/api/handoffs").then().statusCode(400)
                .body("violations.field", equalTo(List.of("handoffType", "toPersonId")))
                .body("violations.find { it.field == 'handoffType' }.message", containsString("SA_TO_SA"));
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON).body("{}")
                .post("/api/handoffs").then().statusCode(400)
                .body("violations.field", equalTo(List.of("accountId", "handoffType")));
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .post("/api/handoffs").then().statusCode(400).body("violations[0].field", equalTo("body"));
        assertThat(handoffsOf(accountId).getList("$")).isEmpty();

        given().auth().oauth2(adminToken())
                .queryParam("status", "DONE").queryParam("due_before", "next week").queryParam("size", "501")
                .get("/api/tasks").then().statusCode(400)
                .body("violations.field", equalTo(List.of("due_before", "size", "status")));
        given().auth().oauth2(adminToken()).queryParam("page", "-1").get("/api/handoffs").then().statusCode(400)
                .body("violations.field", equalTo(List.of("page")));
    }

    @Test
    void tasksAreListedByAssigneeStatusAccountAndDueDayOnePageAtATime() {
        String accountId = startSaToSa("sa-c", "sa-d");
        List<Map<String, Object>> all = tasks(Map.of("accountId", accountId));
        assertThat(all).hasSize(5);
        assertThat(all).extracting(task -> (String) task.get("dueDate")).isSorted();

        given().auth().oauth2(adminToken()).queryParam("accountId", accountId).queryParam("assignee", "sa-d")
                .get("/api/tasks").then().statusCode(200).body("$", hasSize(1))
                .body("[0].ownerRole", equalTo("INCOMING"));
        String firstDue = (String) all.get(0).get("dueDate");
        given().auth().oauth2(adminToken()).queryParam("accountId", accountId).queryParam("due_before", firstDue)
                .get("/api/tasks").then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(adminToken()).queryParam("accountId", accountId).queryParam("status", "open")
                .queryParam("page", "1").queryParam("size", "2")
                .get("/api/tasks").then().statusCode(200).header("X-Total-Count", "5").body("$", hasSize(2))
                .body("id", equalTo(List.of(all.get(2).get("id"), all.get(3).get("id"))));
        given().auth().oauth2(adminToken()).queryParam("accountId", accountId).queryParam("status", "COMPLETED")
                .get("/api/tasks").then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    void onlyTheAssigneeOrAManagerCompletesATaskAndTheLastOneCompletesTheHandoff() {
        String accountId = startSaToSa("sa-e", "sa-f");
        List<Map<String, Object>> open = tasks(Map.of("accountId", accountId));
        String incomingTask = (String) open.stream().filter(task -> task.get("ownerRole").equals("INCOMING"))
                .findFirst().orElseThrow().get("id");
        String outgoingTask = (String) open.stream().filter(task -> task.get("ownerRole").equals("OUTGOING"))
                .findFirst().orElseThrow().get("id");

        given().auth().oauth2(Tokens.forTest("sa-f", "SA")).post("/api/tasks/{id}/complete", outgoingTask)
                .then().statusCode(403).body("error", containsString("assigned to sa-e"));
        given().auth().oauth2(Tokens.forTest("sa-f", "SA")).post("/api/tasks/{id}/complete", incomingTask)
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("completedBy", equalTo("sa-f"))
                .body("completedAt", notNullValue());
        given().auth().oauth2(Tokens.forTest("sa-f", "SA")).post("/api/tasks/{id}/complete", incomingTask)
                .then().statusCode(409).body("error", containsString("COMPLETED"));
        given().auth().oauth2(adminToken()).post("/api/tasks/{id}/complete", UUID.randomUUID()).then()
                .statusCode(404);

        Object handoffId = open.get(0).get("handoffId");
        assertThat(handoff(handoffId).getString("status")).isEqualTo("OPEN");
        for (Map<String, Object> task : open) {
            if (!task.get("id").equals(incomingTask)) {
                given().auth().oauth2(Tokens.forTest("lead-1", "SA_LEADER"))
                        .post("/api/tasks/{id}/complete", task.get("id")).then().statusCode(200)
                        .body("completedBy", equalTo("lead-1"));
            }
        }
        JsonPath done = handoff(handoffId);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getString("completedAt")).isNotNull();
        assertThat(done.getInt("progress.completed")).isEqualTo(5);
        assertThat(done.getInt("progress.open")).isZero();

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(TestKafka.events(Topics.HANDOFF_EVENTS, TaskCompleted.class,
                    completed -> completed.accountId().equals(accountId))).hasSize(5)
                    .extracting(TaskCompleted::completedBy).containsOnly("sa-f", "lead-1");
            assertThat(TestKafka.events(Topics.HANDOFF_EVENTS, HandoffCompleted.class,
                    completed -> completed.accountId().equals(accountId))).singleElement()
                    .satisfies(completed -> assertThat(completed.handoffId()).isEqualTo(handoffId));
        });
    }

    @Test
    void aPageOfHandoffsLoadsTheTasksAndTheNamesOfAllItsHandoffsWithOneQueryEach() {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.PREMIUM, "20000", "ae-7", "sa-a", null));
        for (String incoming : List.of("sa-b", "sa-c", "sa-d")) {
            given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                    .body(Map.of("accountId", accountId, "handoffType", "SA_TO_SA", "fromPersonId", "sa-a",
                            "toPersonId", incoming))
                    .post("/api/handoffs").then().statusCode(201);
        }
        List.of(Topics.CRM_ACCOUNTS, Topics.CRM_OPPORTUNITIES, Topics.DIRECTORY_PEOPLE, Topics.TRIAGE_EVENTS)
                .forEach(Fixtures::awaitConsumed); // nothing else queries tasks or people meanwhile
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long before = taskAndPersonQueries(statistics);

        given().auth().oauth2(adminToken()).queryParam("accountId", accountId).get("/api/handoffs").then()
                .statusCode(200).body("$", hasSize(3)).body("tasks.flatten()", hasSize(15));
        assertThat(taskAndPersonQueries(statistics) - before).isEqualTo(2);
    }

    @Test
    void unknownHandoffsAreNotFound() {
        given().auth().oauth2(adminToken()).get("/api/handoffs/{id}", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(adminToken()).get("/api/handoffs/not-a-uuid").then().statusCode(404);
    }

    private static long taskAndPersonQueries(Statistics statistics) {
        return Arrays.stream(statistics.getQueries())
                .filter(query -> query.contains(HandoffTask.class.getSimpleName())
                        || query.contains(Person.class.getSimpleName()))
                .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionCount()).sum();
    }

    /** Starts an SA to SA handoff by hand on a new account and returns the account id. */
    static String startSaToSa(String fromSa, String toSa) {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.PREMIUM, "20000", "ae-7", fromSa, null));
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("accountId", accountId, "handoffType", "SA_TO_SA", "fromPersonId", fromSa,
                        "toPersonId", toSa))
                .post("/api/handoffs").then().statusCode(201).body("tasks.id", everyItem(notNullValue()));
        return accountId;
    }

    static List<Map<String, Object>> tasks(Map<String, String> query) {
        return given().auth().oauth2(adminToken()).queryParams(query).get("/api/tasks").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }
}
