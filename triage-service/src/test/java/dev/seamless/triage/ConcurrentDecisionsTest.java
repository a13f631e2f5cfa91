package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.PATIENCE;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.request;
import static dev.seamless.triage.Fixtures.rosterWith;
import static dev.seamless.triage.Fixtures.saPerson;
import static dev.seamless.triage.Fixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.seamless.events.types.OrderType;
import dev.seamless.testsupport.Tokens;
import dev.seamless.triage.request.ApproverRole;
import dev.seamless.triage.request.Channel;
import dev.seamless.triage.request.TriageForm;
import dev.seamless.triage.request.TriageService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two decisions at the same moment: the first is held in an open transaction while the second runs, so the test
 * does not depend on luck. The second must wait for the first and see what it decided.
 */
@QuarkusTest
class ConcurrentDecisionsTest {

    @Inject
    TriageService triage;

    @Inject
    EntityManager entityManager;

    @Test
    void twoExceptionApprovalsGivenAtTheSameMomentBothCount() throws Exception {
        String topic = newId("topic");
        String sa = newId("sa");
        rosterWith(saPerson(sa, null, topic));
        Map<String, Object> form = form(newId("acct"), topic);
        form.put("amount", 5000);
        String id = submit(form).statusCode(201).body("status", equalTo("DECLINED")).extract().path("id");

        ExtractableResponse<Response> leaderApproval = whileAnotherDecisionIsOpen(
                () -> triage.approveException(id, ApproverRole.ASM, "asm-7", "strategic logo"),
                () -> given().auth().oauth2(Tokens.forTest("lead-3", "SA_LEADER")).contentType(ContentType.JSON)
                        .body(Map.of("note", "agreed")).post("/api/triage-requests/" + id + "/exception-approvals")
                        .then().extract());

        assertThat(leaderApproval.statusCode()).isEqualTo(200);
        request(id).body("exception.approved", equalTo(true))
                .body("qualification.route", equalTo("SA_ENGAGEMENT"))
                .body("status", equalTo("TRIAGED"))
                .body("saId", equalTo(sa));
    }

    @Test
    void twoAccountsAskingAtTheSameMomentCannotBothTakeTheLastCapacityOfAnSa() throws Exception {
        String topic = newId("topic");
        String nearlyFull = newId("sa-one-demo-left");
        String spare = newId("sa-spare");
        rosterWith(saPerson(nearlyFull, 2, topic, "deep-" + topic), saPerson(spare, null, topic));
        Map<String, Object> second = form(newId("acct"), topic);
        second.put("expertise", List.of(topic, "deep-" + topic));
        TriageForm first = TriageForm.of(TriageMessagingTest.submitted(newId("req"), newId("acct"), OrderType.GROWTH,
                "50000", "deep-" + topic));

        String secondSa = whileAnotherDecisionIsOpen(
                () -> triage.submit(first, "ae-2", Channel.EVENT, "ae-2"),
                () -> submit(second).statusCode(201).extract().<String>path("saId"));

        request(first.requestId()).body("saId", equalTo(nearlyFull));
        assertThat(secondSa).isEqualTo(spare);
        given().auth().oauth2(Fixtures.ae()).get("/api/solutions-architects").then()
                .body("find { it.personId == '" + nearlyFull + "' }.weightedWorkload", equalTo(2));
    }

    /**
     * Runs {@code first} in a transaction that stays open until {@code second}, started meanwhile on another thread,
     * has finished or waits for a lock; then commits it and returns what {@code second} returned.
     */
    private <T> T whileAnotherDecisionIsOpen(Runnable first, Callable<T> second) throws Exception {
        CountDownLatch firstDecided = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                first.run();
                firstDecided.countDown();
                awaitQuietly(commitFirst);
            }));
            await().atMost(PATIENCE).until(() -> firstDecided.getCount() == 0 || holder.isDone());
            if (firstDecided.getCount() != 0) {
                holder.get();
            }
            Future<T> contender = threads.submit(second);
            await().atMost(PATIENCE).until(() -> contender.isDone() || someoneWaitsForALock());
            commitFirst.countDown();
            holder.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            return contender.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            commitFirst.countDown();
            threads.shutdown();
        }
    }

    private boolean someoneWaitsForALock() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from pg_locks where not granted").getSingleResult())
                .longValue() > 0);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the second decision never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
