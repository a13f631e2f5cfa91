package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.ae;
import static dev.seamless.triage.Fixtures.awaitEvents;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.rosterWith;
import static dev.seamless.triage.Fixtures.saPerson;
import static dev.seamless.triage.Fixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.seamless.events.triage.EngagementCompleted;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.triage.TriageLabelsChanged;
import dev.seamless.events.triage.TriageRequestDeclined;
import dev.seamless.events.triage.TriageRequestQualified;
import dev.seamless.testsupport.TestClock;
import dev.seamless.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TriageRequestApiTest {

    /** A fixed moment for the tests that check the fiscal-quarter label: late in FY27-Q4, ten days before FY28. */
    private static final Instant LATE_JANUARY_2027 = Instant.parse("2027-01-25T12:00:00Z");
    /** The quarter of a meeting ten days after {@link #LATE_JANUARY_2027} (the forms' default) in Berlin. */
    private static final String QUARTER_IN_10_DAYS = "FY28-Q1";

    @AfterEach
    void backToRealTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void aQualifyingRequestIsAssignedToTheSaWithTheExpertiseAndExplainsWhy() {
        TestClock.INSTANCE.set(LATE_JANUARY_2027);
        String topic = newId("topic");
        String expert = newId("sa-expert");
        String generalist = newId("sa-generalist");
        rosterWith(saPerson(expert, null, topic, "ci-cd"), saPerson(generalist, null, "ci-cd"));
        String accountId = newId("acct");

        String id = submit(form(accountId, topic)).statusCode(201)
                .header("Location", endsWith("/api/triage-requests/" + submitIdOf(accountId)))
                .body("status", equalTo("TRIAGED"))
                .body("saId", equalTo(expert))
                .body("labels", contains("SA Triaged", QUARTER_IN_10_DAYS))
                .body("qualification.route", equalTo("SA_ENGAGEMENT"))
                .body("qualification.reasons.rule", contains("qualification.min-piped-amount",
                        "qualification.meeting-information"))
                .body("qualification.policyVersion", notNullValue())
                .body("assignment.rule", equalTo("assignment.ranked.expertise"))
                .body("assignment.explanation", containsString(expert + " ranked first"))
                .body("assignment.candidates.find { it.saId == '" + expert + "' }.rank", equalTo(1))
                .body("assignment.candidates.find { it.saId == '" + generalist + "' }.passedOverBecause",
                        equalTo("ranked below " + expert + ": expertise matches 1 vs 0"))
                .extract().path("id");
        keepForTheDocs(id);

        SAAssigned assigned = awaitEvents(SAAssigned.class, event -> event.requestId().equals(id), 1).get(0);
        assertThat(assigned.saId()).isEqualTo(expert);
        assertThat(assigned.previousSaId()).isNull();
        assertThat(assigned.reason()).startsWith("assignment.ranked.expertise: ");
        assertThat(assigned.candidates()).extracting(candidate -> candidate.saId()).contains(expert, generalist);
        TriageRequestQualified qualified = awaitEvents(TriageRequestQualified.class,
                event -> event.requestId().equals(id), 1).get(0);
        assertThat(qualified.route()).isEqualTo("SA_ENGAGEMENT");
        assertThat(qualified.labels()).contains("SA Triaged");
        assertThat(qualified.policyVersion()).isEqualTo(assigned.policyVersion());
        assertThat(awaitEvents(TriageLabelsChanged.class, event -> event.requestId().equals(id), 1).get(0).added())
                .contains("SA Triaged");
    }

    @Test
    void aDealPipedJustBelowTenThousandGoesToOfficeHoursAndTenThousandQualifies() {
        String topic = newId("topic");
        Map<String, Object> below = form(newId("acct"), topic);
        below.put("amount", 9999.99);
        Map<String, Object> at = form(newId("acct"), topic);
        at.put("amount", 10000);

        String declined = submit(below).statusCode(201)
                .body("status", equalTo("DECLINED"))
                .body("saId", nullValue())
                .body("qualification.route", equalTo("OFFICE_HOURS"))
                .body("qualification.reasons[0].rule", equalTo("qualification.min-piped-amount"))
                .body("qualification.reasons[0].message", containsString("$9,999.99"))
                .body("qualification.responseDueBy", notNullValue())
                .extract().path("id");
        submit(at).statusCode(201).body("qualification.route", equalTo("SA_ENGAGEMENT"));

        TriageRequestDeclined event = awaitEvents(TriageRequestDeclined.class,
                candidate -> candidate.requestId().equals(declined), 1).get(0);
        assertThat(event.route()).isEqualTo("OFFICE_HOURS");
        assertThat(event.reasons()).extracting(reason -> reason.rule()).containsExactly(
                "qualification.min-piped-amount");
    }

    @Test
    void aMalformedRequestIsRefusedNamingEveryFieldAndNothingIsStored() {
        String requestId = newId("req");
        Map<String, Object> form = form(newId("acct"), "ci-cd");
        form.put("requestId", requestId);
        form.remove("accountId");
        form.put("segment", "ENTERPRISE");
        form.put("amount", -1);
        form.put("timezone", "Mars/Olympus");
        form.put("attendees", List.of("Pat Buyer", " "));
        form.put("durationMinutes", 0);

        submit(form).statusCode(400)
                .body("violations.field", contains("accountId", "amount", "attendees[1]", "durationMinutes",
                        "segment", "timezone"))
                .body("violations.find { it.field == 'segment' }.message",
                        equalTo("'ENTERPRISE' is not one of SMB, MID_MARKET, NAMED"));

        given().auth().oauth2(ae()).get("/api/triage-requests/" + requestId).then().statusCode(404);
    }

    @Test
    void anUnreadableValueIsRefusedNamingTheField() {
        Map<String, Object> form = form(newId("acct"), "ci-cd");
        form.put("requestedFor", "next tuesday");

        submit(form).statusCode(400).body("violations[0].field", equalTo("requestedFor"));
    }

    @Test
    void theSameRequestIdSubmittedTwiceIsOneRequest() {
        Map<String, Object> form = form(newId("acct"), newId("topic"));
        String requestId = newId("req");
        form.put("requestId", requestId);

        submit(form).statusCode(201).body("id", equalTo(requestId));
        form.put("amount", 1);
        submit(form).statusCode(200).body("id", equalTo(requestId)).body("form.amount", equalTo(50000.00f));

        given().auth().oauth2(ae()).get("/api/triage-requests/" + requestId + "/history").then().statusCode(200)
                .body("labelChanges", hasSize(1)).body("assignments", hasSize(1));
    }

    @Test
    void aMeetingWithoutAgendaAndAttendeesWaitsOnTheAeAndResumesWhenTheySupplyThem() {
        TestClock.INSTANCE.set(LATE_JANUARY_2027);
        String topic = newId("topic");
        String expert = newId("sa");
        rosterWith(saPerson(expert, null, topic));
        Map<String, Object> form = form(newId("acct"), topic);
        form.remove("agenda");
        form.remove("attendees");

        String id = submit(form).statusCode(201)
                .body("status", equalTo("WAITING"))
                .body("labels[0]", equalTo("SA Waiting"))
                .body("qualification.route", equalTo("WAITING_ON_AE"))
                .body("qualification.missingInformation", contains("AGENDA", "ATTENDEES"))
                .body("saId", nullValue())
                .extract().path("id");

        given().auth().oauth2(ae()).contentType(ContentType.JSON)
                .body(Map.of("agenda", "Demo of pipelines", "attendees", List.of("Pat Buyer")))
                .post("/api/triage-requests/" + id + "/info").then().statusCode(200)
                .body("status", equalTo("TRIAGED"))
                .body("saId", equalTo(expert))
                .body("qualification.route", equalTo("SA_ENGAGEMENT"))
                .body("form.agenda", equalTo("Demo of pipelines"));

        given().auth().oauth2(ae()).get("/api/triage-requests/" + id + "/history").then()
                .body("labelChanges.added", contains(List.of("SA Waiting", QUARTER_IN_10_DAYS),
                        List.of("SA Triaged")))
                .body("labelChanges[1].removed", contains("SA Waiting"))
                .body("labelChanges[1].cause", equalTo("information supplied"));
        assertThat(awaitEvents(TriageRequestQualified.class, event -> event.requestId().equals(id), 1)).hasSize(1);
    }

    @Test
    void informationThatSaysNothingIsRefused() {
        String id = submit(form(newId("acct"), "ci-cd")).statusCode(201).extract().path("id");

        given().auth().oauth2(ae()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/triage-requests/" + id + "/info").then().statusCode(400)
                .body("violations[0].field", equalTo("body"));
        given().auth().oauth2(Tokens.forTest("ae-other", "AE")).contentType(ContentType.JSON)
                .body(Map.of("agenda", "mine now")).post("/api/triage-requests/" + id + "/info").then()
                .statusCode(403);
        given().auth().oauth2(ae()).contentType(ContentType.JSON).body(Map.of("attendees", List.of("")))
                .post("/api/triage-requests/" + id + "/info").then().statusCode(400)
                .body("violations[0].field", equalTo("attendees[0]"));
    }

    @Test
    void onlyTheRequesterTheAssignedSaOrALeaderCompletesARequest() {
        String topic = newId("topic");
        String owner = newId("sa");
        rosterWith(saPerson(owner, null, topic));
        String id = submit(form(newId("acct"), topic)).statusCode(201).body("saId", equalTo(owner))
                .extract().path("id");

        supply(id, Tokens.forTest("ae-csm", "AE", "CSM"), "an AE who also is a CSM").statusCode(403)
                .body("error", containsString("ae-1"));
        supply(id, Fixtures.sa(newId("sa-unrelated")), "an SA of another request").statusCode(403);
        supply(id, Tokens.forTest("asm-7", "ASM", "AE"), "an ASM").statusCode(403);

        supply(id, ae(), "the requester").statusCode(200).body("form.agenda", equalTo("the requester"));
        supply(id, Fixtures.sa(owner), "the assigned SA").statusCode(200)
                .body("form.agenda", equalTo("the assigned SA"));
        supply(id, Fixtures.lead(), "an SA leader").statusCode(200);
        supply(id, Tokens.forTest("salesforce", "INTEGRATION"), "the CRM").statusCode(200);
        supply(id, Tokens.forTest("admin-1", "ADMIN"), "an administrator").statusCode(200)
                .body("form.agenda", equalTo("an administrator"));
    }

    @Test
    void badQueryParametersAreRefusedNamingThem() {
        given().auth().oauth2(ae()).queryParam("status", "SOMEDAY").get("/api/triage-requests").then()
                .statusCode(400).body("violations[0].field", equalTo("status"));
        given().auth().oauth2(ae()).queryParam("page", -1).get("/api/triage-requests").then()
                .statusCode(400).body("violations[0].field", equalTo("page"));
        given().auth().oauth2(ae()).queryParam("date", "tomorrow").get("/api/rotation").then()
                .statusCode(400).body("violations[0].field", equalTo("date"));
    }

    @Test
    void anExceptionNeedsBothTheAsmAndTheSaLeaderAndRecordsWhoAndWhen() {
        Map<String, Object> form = form(newId("acct"), newId("topic"));
        form.put("amount", 5000);
        String id = submit(form).statusCode(201).body("status", equalTo("DECLINED")).extract().path("id");
        String asm = Tokens.forTest("asm-7", "ASM");

        approve(id, asm).statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("exception.approved", equalTo(false))
                .body("exception.approvals[0].role", equalTo("ASM"))
                .body("exception.approvals[0].approverId", equalTo("asm-7"))
                .body("exception.approvals[0].approvedAt", notNullValue());
        approve(id, asm).statusCode(409).body("error", containsString("asm-7"));
        approve(id, Tokens.forTest("asm-7", "ASM", "SA_LEADER"), "SA_LEADER").statusCode(409)
                .body("error", containsString("someone else"));

        approve(id, Tokens.forTest("lead-3", "SA_LEADER")).statusCode(200)
                .body("status", equalTo("TRIAGED"))
                .body("exception.approved", equalTo(true))
                .body("qualification.route", equalTo("SA_ENGAGEMENT"))
                .body("qualification.reasons.rule", hasItem("qualification.exception-approved"))
                .body("qualification.reasons.find { it.rule == 'qualification.exception-approved' }.message",
                        containsString("asm-7"))
                .body("qualification.checks.find { it.rule == 'qualification.min-piped-amount' }.waived",
                        equalTo(true));
        approve(id, Tokens.forTest("lead-4", "SA_LEADER")).statusCode(409);
    }

    @Test
    void aRequestThatQualifiesNeedsNoException() {
        String id = submit(form(newId("acct"), newId("topic"))).statusCode(201).extract().path("id");

        approve(id, Tokens.forTest("asm-7", "ASM")).statusCode(409).body("error", containsString("no exception"));
        approve(id, ae()).statusCode(403);
    }

    @Test
    void theAssignedSaStartsAndCompletesAndOthersMayNot() {
        String topic = newId("topic");
        String owner = newId("sa");
        rosterWith(saPerson(owner, null, topic));
        String id = submit(form(newId("acct"), topic)).statusCode(201).body("saId", equalTo(owner))
                .extract().path("id");

        transition(id, "complete", Fixtures.sa(owner)).statusCode(409).body("error", containsString("TRIAGED"));
        transition(id, "start", Fixtures.sa(newId("sa-other"))).statusCode(403);
        transition(id, "start", Fixtures.sa(owner)).statusCode(200).body("status", equalTo("DOING"))
                .body("labels[0]", equalTo("SA Doing")).body("startedAt", notNullValue());
        transition(id, "start", Fixtures.sa(owner)).statusCode(409);

        given().auth().oauth2(ae()).queryParam("label", "SA Doing").queryParam("assignee", owner)
                .get("/api/triage-requests").then().statusCode(200).body("id", contains(id));

        transition(id, "complete", Fixtures.sa(owner)).statusCode(200).body("status", equalTo("COMPLETED"))
                .body("completedBy", equalTo(owner)).body("labels", hasSize(1));
        transition(id, "complete", Fixtures.sa(owner)).statusCode(409);
        reassign(id, Map.of()).statusCode(409);
        EngagementCompleted completed = awaitEvents(EngagementCompleted.class,
                event -> event.requestId().equals(id), 1).get(0);
        assertThat(completed.saId()).isEqualTo(owner);
        assertThat(completed.completedBy()).isEqualTo(owner);
    }

    @Test
    void aLeaderReassignsByHandAndTheNewSaIsAnnouncedWithThePreviousOne() {
        String topic = newId("topic");
        String deeper = newId("topic");
        String first = newId("sa");
        String second = newId("sa");
        rosterWith(saPerson(first, null, topic, deeper), saPerson(second, null, topic));
        Map<String, Object> form = form(newId("acct"), topic);
        form.put("expertise", List.of(topic, deeper));
        String id = submit(form).statusCode(201).body("saId", equalTo(first)).extract().path("id");

        reassign(id, Map.of("saId", "nobody-" + topic)).statusCode(400).body("violations[0].field",
                equalTo("saId"));
        reassign(id, Map.of("saId", first)).statusCode(409);
        reassign(id, Map.of("saId", second, "note", "rebalancing the week")).statusCode(200)
                .body("saId", equalTo(second))
                .body("status", equalTo("TRIAGED"))
                .body("assignment.rule", equalTo("assignment.manual"))
                .body("assignment.trigger", equalTo("MANUAL"))
                .body("assignment.previousSaId", equalTo(first))
                .body("assignment.decidedBy", equalTo("sa-lead-1"))
                .body("assignment.explanation", containsString("rebalancing the week"));

        SAAssigned reassigned = awaitEvents(SAAssigned.class,
                event -> event.requestId().equals(id) && second.equals(event.saId()), 1).get(0);
        assertThat(reassigned.previousSaId()).isEqualTo(first);
        given().auth().oauth2(ae()).get("/api/triage-requests/" + id + "/history").then()
                .body("assignments.saId", contains(first, second));
    }

    @Test
    void theThirdSynchronousEngagementOfAnSmbAccountIsAsynchronousAndWeighsAsAsynchronousHelp() {
        String accountId = newId("acct");
        String topic = newId("topic");
        for (int i = 0; i < 2; i++) {
            submit(smbMeeting(accountId, topic)).statusCode(201).body("qualification.route", equalTo("SA_ENGAGEMENT"))
                    .body("assignment.inputs.requestWeight", equalTo(2));
        }
        submit(smbMeeting(accountId, topic)).statusCode(201)
                .body("qualification.route", equalTo("ASYNC_ONLY"))
                .body("qualification.reasons.rule", contains("qualification.sync-limits.presales-engagements"))
                .body("status", equalTo("TRIAGED"))
                .body("qualification.responseDueBy", notNullValue())
                .body("assignment.inputs.requestWeight", equalTo(1));
    }

    @Test
    void theApiNeedsATokenAndTheRightRole() {
        given().get("/api/triage-requests").then().statusCode(401);
        given().auth().oauth2(Tokens.forTest("nobody")).get("/api/triage-requests").then().statusCode(403);
        given().auth().oauth2(Fixtures.sa("sa-1")).contentType(ContentType.JSON).body(form("a", "t"))
                .post("/api/triage-requests").then().statusCode(403);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void anIntegrationSubmitsForTheAeItNames() {
        Map<String, Object> form = form(newId("acct"), newId("topic"));
        String integration = Tokens.forTest("salesforce", "INTEGRATION");

        given().auth().oauth2(integration).contentType(ContentType.JSON).body(form).post("/api/triage-requests")
                .then().statusCode(400).body("violations[0].field", equalTo("requesterId"));
        form.put("requesterId", "ae-9");
        given().auth().oauth2(integration).contentType(ContentType.JSON).body(form).post("/api/triage-requests")
                .then().statusCode(201).body("form.requesterId", equalTo("ae-9"))
                .body("form.submittedBy", equalTo("salesforce"));
    }

    /** docs/triage.md shows a real explanation: the one of this test run is kept in target/. */
    private static void keepForTheDocs(String id) {
        String json = given().auth().oauth2(ae()).get("/api/triage-requests/" + id).then().extract().asString();
        try {
            Files.writeString(Path.of("target", "assignment-explanation.json"), JsonPath.from(json).prettify());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> smbMeeting(String accountId, String topic) {
        Map<String, Object> form = form(accountId, topic);
        form.put("segment", "SMB");
        form.put("iacv", 6000);
        form.put("durationMinutes", 20);
        return form;
    }

    private static io.restassured.response.ValidatableResponse approve(String id, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("note", "strategic logo"))
                .post("/api/triage-requests/" + id + "/exception-approvals").then();
    }

    private static io.restassured.response.ValidatableResponse approve(String id, String token, String role) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("role", role))
                .post("/api/triage-requests/" + id + "/exception-approvals").then();
    }

    private static io.restassured.response.ValidatableResponse supply(String id, String token, String agenda) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("agenda", agenda))
                .post("/api/triage-requests/" + id + "/info").then();
    }

    private static io.restassured.response.ValidatableResponse transition(String id, String action, String token) {
        return given().auth().oauth2(token).post("/api/triage-requests/" + id + "/" + action).then();
    }

    private static io.restassured.response.ValidatableResponse reassign(String id, Map<String, Object> body) {
        return given().auth().oauth2(Fixtures.lead()).contentType(ContentType.JSON).body(body)
                .post("/api/triage-requests/" + id + "/reassign").then();
    }

    private static String submitIdOf(String accountId) {
        return given().auth().oauth2(ae()).queryParam("accountId", accountId).get("/api/triage-requests").then()
                .extract().path("[0].id");
    }
}
