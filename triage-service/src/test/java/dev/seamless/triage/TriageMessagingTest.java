package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.PATIENCE;
import static dev.seamless.triage.Fixtures.ae;
import static dev.seamless.triage.Fixtures.awaitEvents;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.now;
import static dev.seamless.triage.Fixtures.request;
import static dev.seamless.triage.Fixtures.rosterWith;
import static dev.seamless.triage.Fixtures.saPerson;
import static dev.seamless.triage.Fixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.crm.AccountClosed;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.crm.TriageRequestSubmitted;
import dev.seamless.events.directory.PersonAvailabilityChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.triage.TriageLabelsChanged;
import dev.seamless.events.triage.TriageRequestDeclined;
import dev.seamless.events.triage.TriageRequestQualified;
import dev.seamless.events.types.Activity;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.messaging.consume.DeadLetters;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TriageMessagingTest {

    @Test
    void aFirstOrderFromTheCrmQualifiesFromTwoThousandThroughTheSameRules() {
        String accountId = newId("acct");
        TriageRequestSubmitted below = submitted(newId("req"), accountId, OrderType.FIRST_ORDER, "1999", "topic");
        TriageRequestSubmitted at = submitted(newId("req"), accountId, OrderType.FIRST_ORDER, "2000", "topic");
        TestKafka.publish(below);
        TestKafka.publish(at);

        assertThat(awaitEvents(TriageRequestDeclined.class, event -> event.requestId().equals(below.requestId()), 1)
                .get(0).reasons()).extracting(reason -> reason.rule())
                .containsExactly("qualification.first-order-min-piped-amount");
        assertThat(awaitEvents(TriageRequestQualified.class, event -> event.requestId().equals(at.requestId()), 1))
                .hasSize(1);
        request(at.requestId()).body("form.channel", equalTo("EVENT")).body("form.requesterId", equalTo("ae-2"))
                .body("status", equalTo("TRIAGED"));
    }

    @Test
    void aRedeliveredEventAndARepeatedRequestIdChangeNothing() {
        String accountId = newId("acct");
        String requestId = newId("req");
        EventEnvelope<SeamlessEvent> first = TestKafka.publish(submitted(requestId, accountId, OrderType.GROWTH,
                "50000", newId("topic")));
        awaitEvents(SAAssigned.class, event -> event.requestId().equals(requestId), 1);

        TestKafka.publish(first);
        TestKafka.publish(submitted(requestId, accountId, OrderType.GROWTH, "1", "other"));
        String marker = newId("req");
        TestKafka.publish(submitted(marker, accountId, OrderType.GROWTH, "50000", "topic"));
        awaitEvents(SAAssigned.class, event -> event.requestId().equals(marker), 1);

        request(requestId).body("form.amount", equalTo(50000.0f)).body("form.expertise", hasSize(1));
        given().auth().oauth2(ae()).get("/api/triage-requests/" + requestId + "/history").then()
                .body("labelChanges", hasSize(1)).body("assignments", hasSize(1));
        assertThat(TestKafka.events(Topics.TRIAGE_EVENTS, TriageRequestQualified.class,
                event -> event.requestId().equals(requestId))).hasSize(1);
        assertThat(TestKafka.events(Topics.TRIAGE_EVENTS, SAAssigned.class,
                event -> event.requestId().equals(requestId))).hasSize(1);
        assertThat(TestKafka.events(Topics.TRIAGE_EVENTS, TriageLabelsChanged.class,
                event -> event.requestId().equals(requestId))).hasSize(1);
    }

    @Test
    void recordsThatFailValidationAreDeadLetteredWithTheReasonAndTheNextIsProcessed() {
        String accountId = newId("acct");
        String missingAccount = """
                {"specversion":"1.0","id":"%s","source":"urn:crm","type":"TriageRequestSubmitted",
                 "datacontenttype":"application/json",
                 "data":{"requestId":"r-x","accountName":"Acme","segment":"SMB","orderType":"GROWTH","tier":"FREE",
                         "amount":12000,"requesterId":"ae-1","activity":"DEMO","synchronous":false,"postSales":false}}
                """.formatted(UUID.randomUUID());
        TestKafka.publishRaw(Topics.CRM_TRIAGE_REQUESTS, accountId, missingAccount);
        TriageRequestSubmitted badForm = submitted(newId("req"), accountId, OrderType.GROWTH, "50000", "topic",
                "Mars/Olympus");
        TestKafka.publish(badForm);
        String good = newId("req");
        TestKafka.publish(submitted(good, accountId, OrderType.GROWTH, "50000", "topic"));

        awaitEvents(TriageRequestQualified.class, event -> event.requestId().equals(good), 1);
        List<ConsumerRecord<String, byte[]>> deadLetters = await().atMost(PATIENCE)
                .until(() -> TestKafka.records(Topics.deadLetterOf(Topics.CRM_TRIAGE_REQUESTS)).stream()
                        .filter(record -> accountId.equals(record.key())).toList(), records -> records.size() == 2);
        assertThat(deadLetters).extracting(record -> TestKafka.header(record, DeadLetters.REASON))
                .anySatisfy(reason -> assertThat(reason).contains("data.accountId is required"))
                .anySatisfy(reason -> assertThat(reason).contains("timezone").contains("is not a time zone"));
        given().auth().oauth2(ae()).get("/api/triage-requests/" + badForm.requestId()).then().statusCode(404);
    }

    @Test
    void ptoThatOverlapsTheEngagementByOneDayMovesItToAnotherSaWithThePreviousOneNamed() {
        String topic = newId("topic");
        String owner = newId("sa-owner");
        String cover = newId("sa-cover");
        rosterWith(saPerson(owner, null, topic, "deep-" + topic));
        Map<String, Object> form = form(newId("acct"), topic);
        form.put("expertise", List.of(topic, "deep-" + topic));
        LocalDate eventDay = now().plusDays(5).toLocalDate();
        form.put("requestedFor", eventDay.atTime(15, 0).atOffset(java.time.ZoneOffset.UTC).toString());
        form.put("timezone", "UTC");
        String id = submit(form).statusCode(201).body("saId", equalTo(owner)).extract().path("id");
        rosterWith(saPerson(cover, null, topic));

        TestKafka.publish(new PersonAvailabilityChanged(owner, eventDay.minusDays(3), eventDay.minusDays(1), "PTO"));
        awaitAbsences(owner, 1);
        request(id).body("saId", equalTo(owner));

        TestKafka.publish(new PersonAvailabilityChanged(owner, eventDay, eventDay.plusDays(2), "PTO"));
        SAAssigned moved = awaitEvents(SAAssigned.class,
                event -> event.requestId().equals(id) && cover.equals(event.saId()), 1).get(0);
        assertThat(moved.previousSaId()).isEqualTo(owner);
        assertThat(moved.candidates()).filteredOn(candidate -> candidate.saId().equals(owner))
                .singleElement().satisfies(candidate -> assertThat(candidate.passedOverBecause())
                        .contains("PTO " + eventDay + ".." + eventDay.plusDays(2) + " covers " + eventDay));
        request(id).body("saId", equalTo(cover)).body("status", equalTo("TRIAGED"))
                .body("assignment.trigger", equalTo("PTO")).body("assignment.previousSaId", equalTo(owner));
        given().auth().oauth2(ae()).get("/api/solutions-architects").then()
                .body("find { it.personId == '" + owner + "' }.absences", hasSize(2));
    }

    @Test
    void anSaWhoLeavesTheRosterHandsTheirOpenWorkOn() {
        String topic = newId("topic");
        String leaving = newId("sa-leaving");
        String staying = newId("sa-staying");
        rosterWith(saPerson(leaving, null, topic, "deep-" + topic), saPerson(staying, null, topic));
        Map<String, Object> form = form(newId("acct"), topic);
        form.put("expertise", List.of(topic, "deep-" + topic));
        String id = submit(form).statusCode(201).body("saId", equalTo(leaving)).extract().path("id");

        TestKafka.publish(new PersonUpdated(leaving, "SA " + leaving,
                leaving + "@example.com", PersonRole.SA, "AMER", Segment.MID_MARKET,
                List.of(topic), null, null, false));

        SAAssigned moved = awaitEvents(SAAssigned.class, event -> event.requestId().equals(id)
                && staying.equals(event.saId()), 1).get(0);
        assertThat(moved.previousSaId()).isEqualTo(leaving);
        request(id).body("assignment.trigger", equalTo("DEACTIVATED"));
        given().auth().oauth2(ae()).get("/api/solutions-architects").then()
                .body("find { it.personId == '" + leaving + "' }.active", equalTo(false));
    }

    @Test
    void leavingTechnicalEvaluationGivesTheSaAnActionItemAndClosedLostClosesTheRequest() {
        String topic = newId("topic");
        String owner = newId("sa");
        rosterWith(saPerson(owner, null, topic));
        String accountId = newId("acct");
        String opportunityId = "opp-" + accountId;
        String id = submit(form(accountId, topic)).statusCode(201).body("saId", equalTo(owner)).extract().path("id");

        EventEnvelope<SeamlessEvent> leftStage3 = TestKafka.publish(stageChange(accountId, opportunityId,
                "3-Technical Evaluation", "4-Proposal"));
        await().atMost(PATIENCE).untilAsserted(() -> request(id).body("labels", hasItem("SA Action Items")));
        TestKafka.publish(leftStage3);
        TestKafka.publish(stageChange(accountId, opportunityId, "4-Proposal", "8-Closed Lost"));

        await().atMost(PATIENCE).untilAsserted(() -> request(id).body("status", equalTo("CLOSED")));
        request(id).body("closeReason", containsString("8-Closed Lost"))
                .body("labels", not(hasItem("SA Triaged"))).body("labels", hasItem("SA Action Items"));
        String itemId = given().auth().oauth2(ae()).queryParam("opportunityId", opportunityId)
                .get("/api/action-items").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].saId", equalTo(owner))
                .body("[0].requestId", equalTo(id))
                .body("[0].details", containsString("win/loss reasons"))
                .extract().path("[0].id");
        assertThat(awaitEvents(TriageLabelsChanged.class,
                event -> event.requestId().equals(id) && event.removed().contains("SA Triaged"), 1)).hasSize(1);

        given().auth().oauth2(Fixtures.sa("someone-else")).post("/api/action-items/" + itemId + "/complete").then()
                .statusCode(403);
        given().auth().oauth2(Fixtures.sa(owner)).post("/api/action-items/" + itemId + "/complete").then()
                .statusCode(200).body("status", equalTo("DONE")).body("completedBy", equalTo(owner));
        request(id).body("labels", not(hasItem("SA Action Items")));
    }

    @Test
    void theAccountsSaFromTheCrmKeepsNewRequests() {
        String accountSa = newId("sa-account");
        rosterWith(saPerson(accountSa, null));
        String accountId = newId("acct");
        TestKafka.publish(new AccountUpdated(accountId, "Acme", Segment.MID_MARKET, Tier.PREMIUM,
                new BigDecimal("80000"), new BigDecimal("80000"), 400, "AMER", "ae-1", accountSa, null, null, null,
                null));
        await().atMost(PATIENCE).until(() -> Probe.accountSa(accountId).isPresent());
        Map<String, Object> form = form(accountId, "anything");
        form.put("expertise", List.of());

        submit(form).statusCode(201).body("saId", equalTo(accountSa))
                .body("assignment.rule", equalTo("assignment.sticky"))
                .body("assignment.explanation", containsString("one technical contact"));
    }

    @Test
    void anSaWhoseCapacityDropsHandsTheNewestWorkOnAndTheRosterShowsTheWeightedWorkload() {
        String topic = newId("topic");
        String busy = newId("sa-busy");
        String spare = newId("sa-spare");
        rosterWith(saPerson(busy, 10, topic));
        String older = submit(pov(topic)).statusCode(201).body("saId", equalTo(busy)).extract().path("id");
        String newer = submit(pov(topic)).statusCode(201).body("saId", equalTo(busy)).extract().path("id");
        given().auth().oauth2(ae()).get("/api/solutions-architects").then()
                .body("find { it.personId == '" + busy + "' }.weightedWorkload", equalTo(10))
                .body("find { it.personId == '" + busy + "' }.capacity", equalTo(10));
        rosterWith(saPerson(spare, null, topic));

        TestKafka.publish(saPerson(busy, 5, topic));

        SAAssigned moved = awaitEvents(SAAssigned.class, event -> event.requestId().equals(newer)
                && spare.equals(event.saId()), 1).get(0);
        assertThat(moved.previousSaId()).isEqualTo(busy);
        request(newer).body("assignment.trigger", equalTo("CAPACITY"));
        request(older).body("saId", equalTo(busy));
        given().auth().oauth2(ae()).get("/api/solutions-architects").then()
                .body("find { it.personId == '" + busy + "' }.weightedWorkload", equalTo(5))
                .body("find { it.personId == '" + spare + "' }.weightedWorkload", equalTo(5));
    }

    @Test
    void theRotationNamesTheTriageSaOfEachWeekAndRefusesUnknownSas() {
        String first = newId("sa-rota");
        String second = newId("sa-rota");
        rosterWith(saPerson(first, null), saPerson(second, null));
        LocalDate monday = LocalDate.parse("2026-11-30");

        given().auth().oauth2(Fixtures.lead()).contentType(ContentType.JSON)
                .body(Map.of("startsOn", monday.toString(), "saIds", List.of(first, "nobody")))
                .put("/api/rotation").then().statusCode(400).body("violations.field", contains("saIds[1]"));
        given().auth().oauth2(ae()).contentType(ContentType.JSON)
                .body(Map.of("startsOn", monday.toString(), "saIds", List.of(first)))
                .put("/api/rotation").then().statusCode(403);
        given().auth().oauth2(Fixtures.lead()).contentType(ContentType.JSON)
                .body(Map.of("startsOn", monday.toString(), "saIds", List.of(first, second)))
                .put("/api/rotation").then().statusCode(200).body("source", equalTo("API"))
                .body("setBy", equalTo("sa-lead-1"));

        given().auth().oauth2(ae()).queryParam("date", "2026-12-06").get("/api/rotation").then().statusCode(200)
                .body("onDutySaId", equalTo(first)).body("weekOf", equalTo("2026-11-30"));
        given().auth().oauth2(ae()).queryParam("date", "2026-12-07").get("/api/rotation").then()
                .body("onDutySaId", equalTo(second)).body("covering", equalTo(false));
    }

    @Test
    void aClosedAccountClosesItsOpenRequestsWhateverTheLengthOfTheCrmsReason() {
        String accountId = newId("acct");
        String id = submit(form(accountId, newId("topic"))).statusCode(201).extract().path("id");
        String reason = "churned after the merger, 2026: " + "the new owner standardised on another tool. ".repeat(22);
        assertThat(reason).hasSize(1000);

        TestKafka.publish(new AccountClosed(accountId, reason, OffsetDateTime.now()));

        await().atMost(PATIENCE).untilAsserted(() -> request(id).body("status", equalTo("CLOSED"))
                .body("closeReason", equalTo("account closed: " + reason)));
        given().auth().oauth2(ae()).get("/api/triage-requests/" + id + "/history").then()
                .body("labelChanges.cause", hasItem("closed: account closed: " + reason));
    }

    @Test
    void aLeaderRebalancesAnSaOverCapacityOnlyWhenTheyAreOver() {
        String sa = newId("sa");
        rosterWith(saPerson(sa, null));

        given().auth().oauth2(Fixtures.lead()).post("/api/solutions-architects/" + sa + "/rebalance").then()
                .statusCode(200).body("movedRequestIds", hasSize(0));
        given().auth().oauth2(Fixtures.lead()).post("/api/solutions-architects/nobody/rebalance").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.forTest(sa, "SA")).post("/api/solutions-architects/" + sa + "/rebalance")
                .then().statusCode(403);
    }

    private static Map<String, Object> pov(String topic) {
        Map<String, Object> form = form(newId("acct"), topic);
        form.put("activity", "POV");
        return form;
    }

    private static void awaitAbsences(String personId, int count) {
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(ae()).get("/api/solutions-architects")
                .then().body("find { it.personId == '" + personId + "' }.absences", hasSize(count)));
    }

    private static OpportunityStageChanged stageChange(String accountId, String opportunityId, String from,
            String to) {
        return new OpportunityStageChanged(opportunityId, accountId, "Acme expansion", OrderType.GROWTH, from, to,
                new BigDecimal("50000"), new BigDecimal("20000"), LocalDate.now().plusDays(30), "ae-1", null, true,
                null, null);
    }

    static TriageRequestSubmitted submitted(String requestId, String accountId, OrderType orderType, String amount,
            String topic) {
        return submitted(requestId, accountId, orderType, amount, topic, "America/New_York");
    }

    static TriageRequestSubmitted submitted(String requestId, String accountId, OrderType orderType, String amount,
            String topic, String timezone) {
        return new TriageRequestSubmitted(requestId, accountId, "Acme " + accountId, "opp-" + requestId,
                Segment.MID_MARKET, orderType, Tier.PREMIUM, new BigDecimal(amount), new BigDecimal(amount), "ae-2",
                Activity.DEMO, true, false, 45, now().plusDays(7), List.of(), timezone, "Fit for their teams",
                "Show pipelines", "Intro and demo", List.of("Pat Buyer"), "Slow releases", "Jenkins", "Demo",
                List.of(topic), "Renewal of the current tool", false);
    }
}
