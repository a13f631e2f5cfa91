package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.PATIENCE;
import static dev.seamless.triage.Fixtures.ae;
import static dev.seamless.triage.Fixtures.awaitEvents;
import static dev.seamless.triage.Fixtures.everyoneAwayOn;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.formOn;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.now;
import static dev.seamless.triage.Fixtures.request;
import static dev.seamless.triage.Fixtures.rosterWith;
import static dev.seamless.triage.Fixtures.saPerson;
import static dev.seamless.triage.Fixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.seamless.events.Topics;
import dev.seamless.events.directory.PersonAvailabilityChanged;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.triage.TriageLabelsChanged;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.testsupport.Tokens;
import dev.seamless.triage.rotation.RotationSchedule;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SA to SA handoff starts for the SA who really takes a request over from the engaged SA, never for the triage SA
 * who only holds it in between; and an engaged SA is never dropped without a trace.
 */
@QuarkusTest
class ReassignmentHandoffTest {

    @Test
    void theSaWhoTakesTheRequestOverAfterATriageSaHeldItGetsTheHandoffFromTheSaWhoLeft() {
        String topic = newId("topic");
        String engaged = newId("sa-engaged");
        String triageSa = newId("sa-triage");
        rosterWith(saPerson(engaged, null, topic), saPerson(triageSa, null));
        onTriageDuty(triageSa);

        String id = engagedAloneThenAway(engaged, topic, now().plusDays(300).toLocalDate());

        SAAssigned hold = awaitEvents(SAAssigned.class,
                event -> event.requestId().equals(id) && triageSa.equals(event.saId()), 1).get(0);
        assertThat(hold.previousSaId()).isNull();
        assertThat(hold.reason()).startsWith("assignment.triage-sa: ")
                .contains("takes it over from " + engaged);
        request(id).body("status", equalTo("BACKLOG")).body("saId", equalTo(triageSa))
                .body("assignment.engaged", equalTo(false))
                .body("assignment.previousSaId", nullValue())
                .body("assignment.inputs.handoffFromSaId", equalTo(engaged));

        String taker = newId("sa-taker");
        rosterWith(saPerson(taker, null));
        given().auth().oauth2(Fixtures.sa(taker)).post("/api/triage-requests/" + id + "/start").then()
                .statusCode(200).body("assignment.previousSaId", equalTo(engaged));

        assertOneHandoff(id, engaged, taker);
    }

    @Test
    void anSaWhoLeavesWhenNobodyCanTakeOverIsRecordedAndHandsOverToTheNextSaEngaged() {
        String topic = newId("topic");
        String engaged = newId("sa-engaged-on-duty");
        rosterWith(saPerson(engaged, null, topic));
        onTriageDuty(engaged);

        String id = engagedAloneThenAway(engaged, topic, now().plusDays(301).toLocalDate());

        TriageLabelsChanged dropped = awaitEvents(TriageLabelsChanged.class,
                event -> event.requestId().equals(id) && event.removed().contains("SA Triaged"), 1).get(0);
        assertThat(dropped.added()).contains("SA Backlog");
        request(id).body("status", equalTo("BACKLOG")).body("saId", nullValue())
                .body("assignment.rule", equalTo("assignment.unplaced"))
                .body("assignment.trigger", equalTo("PTO"))
                .body("assignment.explanation", containsString("takes it over from " + engaged))
                .body("assignment.inputs.handoffFromSaId", equalTo(engaged));
        given().auth().oauth2(ae()).get("/api/triage-requests/" + id + "/history").then()
                .body("labelChanges.cause", hasItem("reassigned (pto): assignment.unplaced"));

        // an SA joining frees capacity: the backlog is placed with them, who take it over from the SA who left
        String taker = newId("sa-taker");
        rosterWith(saPerson(taker, null, topic));
        await().atMost(PATIENCE).untilAsserted(() -> request(id).body("saId", equalTo(taker))
                .body("assignment.trigger", equalTo("BACKLOG_PLACED")));

        assertOneHandoff(id, engaged, taker);
    }

    @Test
    void aRequestThatWaitsOnTheAeAgainReleasesItsSaAndSaysSo() {
        String topic = newId("topic");
        String sa = newId("sa");
        rosterWith(saPerson(sa, null, topic));
        Map<String, Object> form = form(newId("acct"), topic);
        form.put("segment", "SMB");
        form.put("iacv", 4000);
        form.remove("agenda");
        String id = submit(form).statusCode(201).body("qualification.route", equalTo("ASYNC_ONLY"))
                .body("status", equalTo("TRIAGED")).body("saId", equalTo(sa)).extract().path("id");

        approve(id, Tokens.forTest("asm-7", "ASM"));
        approve(id, Fixtures.lead()).body("qualification.route", equalTo("WAITING_ON_AE"))
                .body("status", equalTo("WAITING"))
                .body("saId", nullValue())
                .body("assignment.rule", equalTo("assignment.released"))
                .body("assignment.explanation", containsString(sa + " is released"))
                .body("assignment.explanation", containsString("WAITING_ON_AE"))
                .body("assignment.inputs.handoffFromSaId", equalTo(sa));
        given().auth().oauth2(ae()).get("/api/triage-requests/" + id + "/history").then()
                .body("labelChanges.cause", hasItem("exception approved; " + sa + " released"));
        assertThat(awaitEvents(TriageLabelsChanged.class,
                event -> event.requestId().equals(id) && event.removed().contains("SA Triaged"), 1).get(0).added())
                .contains("SA Waiting");
        given().auth().oauth2(ae()).get("/api/solutions-architects").then()
                .body("find { it.personId == '" + sa + "' }.weightedWorkload", equalTo(0));

        given().auth().oauth2(ae()).contentType(ContentType.JSON).body(Map.of("agenda", "Pipelines"))
                .post("/api/triage-requests/" + id + "/info").then().statusCode(200)
                .body("status", equalTo("TRIAGED")).body("saId", equalTo(sa))
                .body("assignment.previousSaId", nullValue());
        awaitEvents(TriageLabelsChanged.class,
                event -> event.requestId().equals(id) && event.added().contains("SA Triaged"), 2);
        assertThat(handoffTriggers(id)).isEmpty();
    }

    /**
     * A meeting on a day only {@code engaged} is free: they are engaged on it. Then they go away that day too, so
     * that nobody can take it over from them.
     *
     * @return the request's id
     */
    private static String engagedAloneThenAway(String engaged, String topic, LocalDate day) {
        everyoneAwayOn(day, engaged);
        String id = submit(formOn(day, newId("acct"), topic)).statusCode(201).body("saId", equalTo(engaged))
                .extract().path("id");
        TestKafka.publish(new PersonAvailabilityChanged(engaged, day, day, "PTO"));
        return id;
    }

    /** Exactly one SA to SA handoff starts for the request: from the SA who left to the SA who took it over. */
    private static void assertOneHandoff(String requestId, String from, String to) {
        SAAssigned takeOver = awaitEvents(SAAssigned.class,
                event -> event.requestId().equals(requestId) && to.equals(event.saId()), 1).get(0);
        assertThat(takeOver.previousSaId()).isEqualTo(from);
        assertThat(handoffTriggers(requestId)).extracting(SAAssigned::saId).containsExactly(to);
    }

    /** The SAAssigned events of a request that start an SA to SA handoff in handoff-service. */
    private static List<SAAssigned> handoffTriggers(String requestId) {
        return TestKafka.events(Topics.TRIAGE_EVENTS, SAAssigned.class, event -> event.requestId().equals(requestId)
                && event.previousSaId() != null && !event.previousSaId().equals(event.saId()));
    }

    private static void onTriageDuty(String saId) {
        given().auth().oauth2(Fixtures.lead()).contentType(ContentType.JSON)
                .body(Map.of("startsOn", RotationSchedule.weekOf(now().toLocalDate()).toString(), "saIds",
                        List.of(saId)))
                .put("/api/rotation").then().statusCode(200).body("onDutySaId", equalTo(saId));
    }

    private static io.restassured.response.ValidatableResponse approve(String id, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                .post("/api/triage-requests/" + id + "/exception-approvals").then().statusCode(200);
    }
}
