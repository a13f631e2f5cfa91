package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.PATIENCE;
import static dev.seamless.triage.Fixtures.everyoneAwayOn;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.formOn;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.now;
import static dev.seamless.triage.Fixtures.request;
import static dev.seamless.triage.Fixtures.rosterWith;
import static dev.seamless.triage.Fixtures.saPerson;
import static dev.seamless.triage.Fixtures.submit;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.types.OrderType;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMB limit of two synchronous pre-sales engagements per account outlives the opportunity they were for. */
@QuarkusTest
class SmbEngagementLimitsTest {

    private final String accountId = newId("acct");
    private final String topic = newId("topic");

    @BeforeEach
    void anSaForTheTopic() {
        rosterWith(saPerson(newId("sa"), null, topic));
    }

    @Test
    void twoMeetingsAnSaWasEngagedOnStillCountAfterTheirOpportunityWasLost() {
        String lost = newId("opp");
        String first = engagedMeeting(smbMeeting(form(accountId, topic), lost));
        String second = engagedMeeting(smbMeeting(form(accountId, topic), lost));

        TestKafka.publish(stageChange(accountId, lost, "8-Closed Lost"));
        awaitClosed(first, "TRIAGED");
        awaitClosed(second, "TRIAGED");

        submit(smbMeeting(form(accountId, topic), newId("opp"))).statusCode(201)
                .body("qualification.route", equalTo("ASYNC_ONLY"))
                .body("qualification.reasons.rule", contains("qualification.sync-limits.presales-engagements"))
                .body("qualification.inputs.priorSynchronousEngagements", containsInAnyOrder(first, second));
    }

    @Test
    void aMeetingNoSaWasEngagedOnDoesNotCountOnceItsOpportunityClosed() {
        String won = newId("opp");
        String engaged = engagedMeeting(smbMeeting(form(accountId, topic), won));
        LocalDate nobodyFree = now().plusDays(302).toLocalDate();
        everyoneAwayOn(nobodyFree);
        String neverEngaged = submit(smbMeeting(formOn(nobodyFree, accountId, topic), won)).statusCode(201)
                .body("qualification.route", equalTo("SA_ENGAGEMENT")).body("status", equalTo("BACKLOG"))
                .extract().path("id");

        TestKafka.publish(stageChange(accountId, won, "Closed Won"));
        awaitClosed(engaged, "TRIAGED");
        awaitClosed(neverEngaged, "BACKLOG");

        submit(smbMeeting(form(accountId, topic), newId("opp"))).statusCode(201)
                .body("qualification.route", equalTo("SA_ENGAGEMENT"))
                .body("qualification.inputs.priorSynchronousEngagements", contains(engaged));
    }

    private static String engagedMeeting(Map<String, Object> form) {
        return submit(form).statusCode(201).body("qualification.route", equalTo("SA_ENGAGEMENT"))
                .body("status", equalTo("TRIAGED")).extract().path("id");
    }

    private static Map<String, Object> smbMeeting(Map<String, Object> form, String opportunityId) {
        form.put("opportunityId", opportunityId);
        form.put("segment", "SMB");
        form.put("iacv", 6000);
        form.put("durationMinutes", 20);
        return form;
    }

    private static void awaitClosed(String id, String closedFrom) {
        await().atMost(PATIENCE).untilAsserted(() -> request(id).body("status", equalTo("CLOSED")));
        request(id).body("closedFromStatus", equalTo(closedFrom));
    }

    private static OpportunityStageChanged stageChange(String accountId, String opportunityId, String to) {
        return new OpportunityStageChanged(opportunityId, accountId, "Acme", OrderType.GROWTH, "5-Negotiating", to,
                new BigDecimal("50000"), new BigDecimal("6000"), LocalDate.now().plusDays(30), "ae-1", null, false,
                null, null);
    }
}
