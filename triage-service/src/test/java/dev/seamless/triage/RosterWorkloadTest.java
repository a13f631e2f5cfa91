package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.ae;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.now;
import static dev.seamless.triage.Fixtures.rosterWith;
import static dev.seamless.triage.Fixtures.saPerson;
import static dev.seamless.triage.Fixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.seamless.triage.request.TriageRequest;
import dev.seamless.triage.roster.RosterService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RosterWorkloadTest {

    @Inject
    RosterService roster;

    @Inject
    EntityManager entityManager;

    @Test
    void anSasWorkloadWeighsEachEngagementByActivityHowItIsHelpedAndUrgency() {
        String topic = newId("topic");
        String sa = newId("sa");
        rosterWith(saPerson(sa, 50, topic));
        engage(sa, meeting(topic, "DEMO"));
        engage(sa, meeting(topic, "POV"));
        Map<String, Object> asynchronous = meeting(topic, "DEMO");
        asynchronous.put("synchronous", false);
        engage(sa, asynchronous);
        Map<String, Object> asyncOnly = meeting(topic, "DEMO");
        asyncOnly.put("segment", "SMB");
        asyncOnly.put("iacv", 4999.99);
        submit(asyncOnly).statusCode(201).body("qualification.route", equalTo("ASYNC_ONLY"))
                .body("saId", equalTo(sa)).body("assignment.inputs.requestWeight", equalTo(1));
        Map<String, Object> expedite = meeting(topic, "DEMO");
        expedite.put("requestedFor", now().plus(Duration.ofHours(2)).toString());
        submit(expedite).statusCode(201).body("labels", hasItem("EXPEDITE"))
                .body("saId", equalTo(sa)).body("assignment.inputs.requestWeight", equalTo(3));

        // demo 2 + POV 5 + asynchronous demo 2 x 0.5 + ASYNC_ONLY demo 2 x 0.5 + EXPEDITE demo 2 x 1.5
        given().auth().oauth2(ae()).get("/api/solutions-architects").then()
                .body("find { it.personId == '" + sa + "' }.weightedWorkload", equalTo(12));
    }

    @Test
    void aDecisionSumsWorkloadsInTheDatabaseWithoutLoadingEveryEngagement() {
        String topic = newId("topic");
        String sa = newId("sa");
        rosterWith(saPerson(sa, null, topic));
        engage(sa, meeting(topic, "DEMO"));
        engage(sa, meeting(topic, "WORKSHOP"));

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(roster.workloads(null).get(sa)).isEqualByComparingTo(new BigDecimal("5"));
            assertThat(roster.candidates(null)).filteredOn(candidate -> candidate.saId().equals(sa))
                    .singleElement().satisfies(candidate -> assertThat(candidate.workload())
                            .isEqualByComparingTo(new BigDecimal("5")));
            assertThat(entityManager.unwrap(Session.class).getStatistics().getEntityKeys())
                    .extracting(key -> ((EntityKey) key).getEntityName())
                    .doesNotContain(TriageRequest.class.getName());
        });
    }

    private static void engage(String sa, Map<String, Object> form) {
        submit(form).statusCode(201).body("status", equalTo("TRIAGED")).body("saId", equalTo(sa));
    }

    private static Map<String, Object> meeting(String topic, String activity) {
        Map<String, Object> form = form(newId("acct"), topic);
        form.put("activity", activity);
        return form;
    }
}
