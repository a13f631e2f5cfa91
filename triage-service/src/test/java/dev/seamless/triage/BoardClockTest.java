package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.ae;
import static dev.seamless.triage.Fixtures.awaitEvents;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.now;
import static dev.seamless.triage.Fixtures.request;
import static dev.seamless.triage.Fixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.seamless.events.triage.TriageLabelsChanged;
import dev.seamless.testsupport.TestClock;
import dev.seamless.triage.request.BoardReevaluation;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BoardClockTest {

    @Inject
    BoardReevaluation board;

    @AfterEach
    void backToRealTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void expediteStartsUnderTwentyFourHoursBeforeTheEventAndEndsWhenItHasPassed() {
        String soon = submitFor(Duration.ofHours(23).plusMinutes(59));
        String later = submitFor(Duration.ofHours(24).plusMinutes(1));
        request(soon).body("labels", hasItem("EXPEDITE"));
        request(later).body("labels", not(hasItem("EXPEDITE")));

        TestClock.INSTANCE.advance(Duration.ofMinutes(2));
        board.reevaluateLabels();

        request(later).body("labels", hasItem("EXPEDITE"));
        TriageLabelsChanged change = awaitEvents(TriageLabelsChanged.class,
                event -> event.requestId().equals(later) && event.added().contains("EXPEDITE"), 1).get(0);
        assertThat(change.changedBy()).isEqualTo("system");
        given().auth().oauth2(ae()).get("/api/triage-requests/" + later + "/history").then()
                .body("labelChanges.cause", hasItem("time passed"));

        TestClock.INSTANCE.advance(Duration.ofHours(25));
        board.reevaluateLabels();

        request(soon).body("labels", not(hasItem("EXPEDITE")));
        request(later).body("labels", not(hasItem("EXPEDITE")));
        assertThat(awaitEvents(TriageLabelsChanged.class,
                event -> event.requestId().equals(later) && event.removed().contains("EXPEDITE"), 1)).hasSize(1);
    }

    @Test
    void reevaluatingWithoutTheTimeMovingChangesNothing() {
        String id = submitFor(Duration.ofHours(30));

        board.reevaluateLabels();

        given().auth().oauth2(ae()).get("/api/triage-requests/" + id + "/history").then()
                .body("labelChanges.size()", equalTo(1));
    }

    private static String submitFor(Duration untilEvent) {
        Map<String, Object> form = form(newId("acct"), newId("topic"));
        form.put("requestedFor", now().plus(untilEvent).toString());
        return submit(form).statusCode(201).extract().path("id");
    }
}
