package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.PATIENCE;
import static dev.seamless.triage.Fixtures.awaitEvents;
import static dev.seamless.triage.Fixtures.everyoneAwayOn;
import static dev.seamless.triage.Fixtures.formOn;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.now;
import static dev.seamless.triage.Fixtures.request;
import static dev.seamless.triage.Fixtures.rosterWith;
import static dev.seamless.triage.Fixtures.sa;
import static dev.seamless.triage.Fixtures.saPerson;
import static dev.seamless.triage.Fixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.seamless.events.triage.SAAssigned;
import dev.seamless.triage.request.Reassignments;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What cannot be placed is placed again when capacity frees up: an SA's load drops, or an SA joins or comes back. */
@QuarkusTest
class BacklogPlacementTest {

    @Inject
    Reassignments reassignments;

    @Test
    void aRequestHeldInTheBacklogGoesToAnSaWhoJoinsTheRoster() {
        String topic = newId("topic");
        LocalDate day = now().plusDays(211).toLocalDate();
        everyoneAwayOn(day);
        String held = submit(formOn(day, newId("acct"), topic)).statusCode(201).body("status", equalTo("BACKLOG"))
                .extract().path("id");

        String newcomer = newId("sa-newcomer");
        rosterWith(saPerson(newcomer, 1000, topic));

        await().atMost(PATIENCE).untilAsserted(() -> request(held).body("status", equalTo("TRIAGED"))
                .body("saId", equalTo(newcomer)).body("assignment.trigger", equalTo("BACKLOG_PLACED"))
                .body("assignment.explanation", startsWith("Capacity freed up for the backlog.")));
        assertThat(awaitEvents(SAAssigned.class, event -> event.requestId().equals(held)
                && newcomer.equals(event.saId()), 1)).hasSize(1);
    }

    @Test
    void aRequestHeldInTheBacklogGoesToTheSaWhoseLoadDropped() {
        String topic = newId("topic");
        String busy = newId("sa-busy");
        rosterWith(saPerson(busy, 2, topic));
        LocalDate day = now().plusDays(223).toLocalDate();
        everyoneAwayOn(day, busy);
        String first = submit(formOn(day, newId("acct"), topic)).statusCode(201).body("saId", equalTo(busy))
                .extract().path("id");
        String held = submit(formOn(day, newId("acct"), topic)).statusCode(201).body("status", equalTo("BACKLOG"))
                .extract().path("id");

        given().auth().oauth2(sa(busy)).post("/api/triage-requests/" + first + "/start").then().statusCode(200);
        given().auth().oauth2(sa(busy)).post("/api/triage-requests/" + first + "/complete").then().statusCode(200);
        assertThat(reassignments.placeBacklog()).contains(held);

        request(held).body("status", equalTo("TRIAGED")).body("saId", equalTo(busy))
                .body("assignment.trigger", equalTo("BACKLOG_PLACED"));
        assertThat(reassignments.placeBacklog()).doesNotContain(held);
    }
}
