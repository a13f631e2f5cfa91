package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.PATIENCE;
import static dev.seamless.triage.Fixtures.awaitEvents;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.rosterWith;
import static dev.seamless.triage.Fixtures.saPerson;
import static dev.seamless.triage.Fixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.triage.ActionItemRaised;
import dev.seamless.events.triage.StageExitDue;
import dev.seamless.events.triage.TriageLabelsChanged;
import dev.seamless.events.types.OrderType;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.triage.stage.OpportunityStage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stage-3 duties reach somebody: the SA's action item is announced, and the AE is told to move the stage on. */
@QuarkusTest
class StageDutyTest {

    private static final String TECHNICAL_EVALUATION = "3-Technical Evaluation";

    @Test
    void leavingTechnicalEvaluationAnnouncesTheSasActionItemOnce() {
        String topic = newId("topic");
        String sa = newId("sa");
        rosterWith(saPerson(sa, null, topic));
        String accountId = newId("acct");
        String opportunityId = "opp-" + accountId;
        String id = submit(form(accountId, topic)).statusCode(201).body("saId", equalTo(sa)).extract().path("id");

        EventEnvelope<SeamlessEvent> leftStage3 = TestKafka.publish(stageChange(accountId, opportunityId,
                TECHNICAL_EVALUATION, "4-Proposal", "ae-5"));
        TestKafka.publish(leftStage3);
        TestKafka.publish(stageChange(accountId, opportunityId, TECHNICAL_EVALUATION, "4-Proposal", "ae-5"));

        ActionItemRaised raised = awaitEvents(ActionItemRaised.class,
                event -> event.opportunityId().equals(opportunityId), 1).get(0);
        assertThat(raised.saId()).isEqualTo(sa);
        assertThat(raised.requestId()).isEqualTo(id);
        assertThat(raised.accountId()).isEqualTo(accountId);
        assertThat(raised.kind()).isEqualTo("STAGE_3_TRANSITION");
        assertThat(raised.details()).contains("win/loss reasons");
        given().auth().oauth2(Fixtures.ae()).queryParam("opportunityId", opportunityId).get("/api/action-items")
                .then().statusCode(200).body("[0].id", equalTo(raised.actionItemId()));
        awaitStage(opportunityId, "4-Proposal");
        assertThat(TestKafka.events(Topics.TRIAGE_EVENTS, ActionItemRaised.class,
                event -> event.opportunityId().equals(opportunityId))).hasSize(1);
    }

    @Test
    void workCompletedWhileTheOpportunityIsStillInTechnicalEvaluationTellsItsAeOnce() {
        String topic = newId("topic");
        String sa = newId("sa");
        rosterWith(saPerson(sa, null, topic));
        String accountId = newId("acct");
        String opportunityId = "opp-" + accountId;
        TestKafka.publish(stageChange(accountId, opportunityId, "2-Scoping", TECHNICAL_EVALUATION, "ae-7"));
        awaitStage(opportunityId, TECHNICAL_EVALUATION);
        String first = submit(form(accountId, topic)).statusCode(201).body("saId", equalTo(sa)).extract().path("id");
        String second = submit(form(accountId, topic)).statusCode(201).body("saId", equalTo(sa)).extract()
                .path("id");

        startAndComplete(sa, first);
        startAndComplete(sa, second);

        StageExitDue due = awaitEvents(StageExitDue.class, event -> event.opportunityId().equals(opportunityId), 1)
                .get(0);
        assertThat(due.aeId()).isEqualTo("ae-7");
        assertThat(due.saId()).isEqualTo(sa);
        assertThat(due.requestId()).isEqualTo(first);
        assertThat(due.stage()).isEqualTo(TECHNICAL_EVALUATION);
        assertThat(due.reason()).contains(first).contains(TECHNICAL_EVALUATION);
        awaitCompletionLabels(second);
        assertThat(stageExits(opportunityId)).hasSize(1);
    }

    @Test
    void workCompletedAfterTheOpportunityMovedOnTellsNobody() {
        String topic = newId("topic");
        String sa = newId("sa");
        rosterWith(saPerson(sa, null, topic));
        String accountId = newId("acct");
        String opportunityId = "opp-" + accountId;
        TestKafka.publish(stageChange(accountId, opportunityId, TECHNICAL_EVALUATION, "4-Proposal", "ae-7"));
        awaitStage(opportunityId, "4-Proposal");
        String id = submit(form(accountId, topic)).statusCode(201).body("saId", equalTo(sa)).extract().path("id");

        startAndComplete(sa, id);

        awaitCompletionLabels(id);
        assertThat(stageExits(opportunityId)).isEmpty();
    }

    private static void startAndComplete(String sa, String id) {
        given().auth().oauth2(Fixtures.sa(sa)).post("/api/triage-requests/" + id + "/start").then().statusCode(200);
        given().auth().oauth2(Fixtures.sa(sa)).post("/api/triage-requests/" + id + "/complete").then()
                .statusCode(200).body("status", equalTo("COMPLETED"));
    }

    /** The completion's label change is written after any StageExitDue of the same completion. */
    private static void awaitCompletionLabels(String id) {
        awaitEvents(TriageLabelsChanged.class, event -> event.requestId().equals(id)
                && event.removed().contains("SA Doing"), 1);
    }

    private static List<StageExitDue> stageExits(String opportunityId) {
        return TestKafka.events(Topics.TRIAGE_EVENTS, StageExitDue.class,
                event -> event.opportunityId().equals(opportunityId));
    }

    private static void awaitStage(String opportunityId, String stage) {
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            OpportunityStage known = OpportunityStage.findById(opportunityId);
            return known != null && stage.equals(known.stage);
        }));
    }

    private static OpportunityStageChanged stageChange(String accountId, String opportunityId, String from,
            String to, String aeId) {
        return new OpportunityStageChanged(opportunityId, accountId, "Acme expansion", OrderType.GROWTH, from, to,
                new BigDecimal("50000"), new BigDecimal("20000"), LocalDate.now().plusDays(30), aeId, null, false,
                null, null);
    }
}
