package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.ae;
import static dev.seamless.triage.Fixtures.awaitEvents;
import static dev.seamless.triage.Fixtures.everyoneAwayOn;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.formOn;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.request;
import static dev.seamless.triage.Fixtures.rosterWith;
import static dev.seamless.triage.Fixtures.saPerson;
import static dev.seamless.triage.Fixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.seamless.events.Topics;
import dev.seamless.events.directory.PersonAvailabilityChanged;
import dev.seamless.events.triage.TriageLabelsChanged;
import dev.seamless.events.triage.TriageRequestDeclined;
import dev.seamless.events.triage.TriageResponseDueSoon;
import dev.seamless.events.triage.TriageResponseOverdue;
import dev.seamless.events.types.TriageClock;
import dev.seamless.testsupport.TestClock;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.triage.clock.ResponseClocks;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The response clocks on the test clock: each test moves the clock to just before and to the due moment and runs the
 * check the schedule runs. Another test's clocks may fall due too, so every assertion names its own requests.
 */
@QuarkusTest
class ResponseClockTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Inject
    ResponseClocks clocks;

    @Inject
    MeterRegistry registry;

    @AfterEach
    void backToRealTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void anUnownedRequestOnFridayIsDueMondayAndItsBreachIsAnnouncedOnceAsTheAlert() {
        LocalDate friday = LocalDate.now().plusDays(700).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        Instant fridayMorning = friday.atTime(10, 0).toInstant(ZoneOffset.UTC);
        TestClock.INSTANCE.set(fridayMorning);
        String id = unownedOn(friday);
        request(id).body("clocks.find { it.clock == 'TRIAGE' && it.metAt != null }.rule",
                        equalTo("triage.clock.triage"))
                .body("clocks.find { it.clock == 'TRIAGE' && it.metAt == null }.startedAt",
                        equalTo(at(fridayMorning)))
                .body("clocks.find { it.clock == 'TRIAGE' && it.metAt == null }.dueAt",
                        equalTo(at(monday(friday, 10, 0))))
                .body("clocks.find { it.clock == 'TRIAGE' && it.metAt == null }.remindAt",
                        equalTo(at(monday(friday, 6, 0))))
                .body("clocks.find { it.clock == 'TRIAGE' && it.metAt == null }.inputs.businessDays", equalTo(1));

        // 24 hours later is Saturday: a calendar day, not a business day
        checkAt(fridayMorning.plus(Duration.ofDays(1)));
        checkAt(monday(friday, 6, 0).minus(SECOND));
        checkAt(monday(friday, 6, 0));
        checkAt(monday(friday, 10, 0).minus(SECOND));
        assertThat(overdue(id)).isEmpty();
        assertThat(dueSoon(id)).singleElement().satisfies(reminder -> {
            assertThat(reminder.clock()).isEqualTo(TriageClock.TRIAGE);
            assertThat(reminder.dueAt().toInstant()).isEqualTo(monday(friday, 10, 0));
        });

        checkAt(monday(friday, 10, 0));
        checkAt(monday(friday, 10, 0).plus(Duration.ofHours(1)));

        TriageResponseOverdue alert = awaitEvents(TriageResponseOverdue.class, event -> event.requestId().equals(id),
                1).get(0);
        assertThat(alert.clock()).isEqualTo(TriageClock.TRIAGE);
        assertThat(alert.dueAt().toInstant()).isEqualTo(monday(friday, 10, 0));
        awaitMarker();
        assertThat(overdue(id)).hasSize(1);
        assertThat(dueSoon(id)).hasSize(1);
        assertThat(gauge("seamless.triage.unowned.oldest.age.seconds"))
                .isGreaterThanOrEqualTo(Duration.ofDays(3).plusHours(1).toSeconds());
        request(id).body("clocks.find { it.clock == 'TRIAGE' && it.metAt == null }.remindedAt",
                        equalTo(at(monday(friday, 6, 0))))
                .body("clocks.find { it.clock == 'TRIAGE' && it.metAt == null }.breachedAt",
                        equalTo(at(monday(friday, 10, 0))));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("seamless_triage_unowned_requests"))
                .body(containsString("seamless_triage_unowned_oldest_age_seconds"));

        clocks.check();
        double unownedBeforePlacement = gauge("seamless.triage.unowned.requests");
        // an SA joining offers the backlog to the engine again; on Monday the SA on duty is back and takes it
        rosterWith(saPerson(newId("sa-joining"), null));
        await().atMost(Fixtures.PATIENCE).untilAsserted(() -> request(id).body("status", equalTo("TRIAGED")));
        String placedWith = request(id).extract().path("saId");
        request(id).body("clocks.findAll { it.clock == 'TRIAGE' }.size()", equalTo(2))
                .body("clocks.findAll { it.clock == 'TRIAGE' }[1].breachedAt", equalTo(at(monday(friday, 10, 0))))
                .body("clocks.findAll { it.clock == 'TRIAGE' }[1].metAt", equalTo(at(monday(friday, 11, 0))))
                .body("clocks.findAll { it.clock == 'TRIAGE' }[1].endedBecause", containsString(placedWith));
        clocks.check();
        assertThat(gauge("seamless.triage.unowned.requests")).isEqualTo(unownedBeforePlacement - 1);
    }

    @Test
    void asynchronousHelpIsRemindedTwoHoursBeforeFortyEightHoursAndMetWhenTheSaStarts() {
        String topic = newId("topic");
        String sa = newId("sa-async");
        rosterWith(saPerson(sa, null, topic));
        Instant qualifiedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.INSTANCE.set(qualifiedAt);
        String started = submitAsyncOnly(topic);
        String idle = submitAsyncOnly(topic);
        request(idle).body("saId", equalTo(sa))
                .body("clocks.find { it.clock == 'ASYNC_RESPONSE' }.rule", equalTo("triage.clock.async-response"))
                .body("clocks.find { it.clock == 'ASYNC_RESPONSE' }.ownerId", equalTo(sa))
                .body("clocks.find { it.clock == 'ASYNC_RESPONSE' }.dueAt",
                        equalTo(at(qualifiedAt.plus(Duration.ofHours(48)))))
                .body("clocks.find { it.clock == 'ASYNC_RESPONSE' }.inputs.target", equalTo("PT48H"))
                .body("clocks.find { it.clock == 'TRIAGE' }.metAt", equalTo(at(qualifiedAt)));

        checkAt(qualifiedAt.plus(Duration.ofHours(46)).minus(SECOND));
        awaitMarker();
        assertThat(dueSoon(started)).isEmpty();
        checkAt(qualifiedAt.plus(Duration.ofHours(46)));
        assertThat(awaitEvents(TriageResponseDueSoon.class, event -> event.requestId().equals(started), 1).get(0)
                .personId()).isEqualTo(sa);
        awaitEvents(TriageResponseDueSoon.class, event -> event.requestId().equals(idle), 1);

        given().auth().oauth2(Fixtures.sa(sa)).post("/api/triage-requests/" + started + "/start").then()
                .statusCode(200).body("clocks.find { it.clock == 'ASYNC_RESPONSE' }.metAt", notNullValue());
        checkAt(qualifiedAt.plus(Duration.ofHours(48)).minus(SECOND));
        awaitMarker();
        assertThat(overdue(idle)).isEmpty();
        checkAt(qualifiedAt.plus(Duration.ofHours(48)));

        TriageResponseOverdue breach = awaitEvents(TriageResponseOverdue.class,
                event -> event.requestId().equals(idle), 1).get(0);
        assertThat(breach.clock()).isEqualTo(TriageClock.ASYNC_RESPONSE);
        assertThat(breach.personId()).isEqualTo(sa);
        awaitMarker();
        assertThat(overdue(started)).isEmpty();
    }

    @Test
    void officeHoursAreDueTheSameDayAndAnSasAnswerMeetsThem() {
        Instant declinedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.INSTANCE.set(declinedAt);
        String answered = submitOfficeHours();
        String unanswered = submitOfficeHours();
        request(unanswered).body("status", equalTo("DECLINED"))
                .body("clocks.find { it.clock == 'ASYNC_RESPONSE' }.rule",
                        equalTo("triage.clock.office-hours-response"))
                .body("clocks.find { it.clock == 'ASYNC_RESPONSE' }.dueAt",
                        equalTo(at(declinedAt.plus(Duration.ofHours(8)))));

        given().auth().oauth2(Fixtures.sa("sa-office-hours")).post("/api/triage-requests/" + answered
                + "/responses").then().statusCode(200)
                .body("find { it.clock == 'ASYNC_RESPONSE' }.endedBecause",
                        equalTo("met: answered by sa-office-hours"));
        given().auth().oauth2(Fixtures.sa("sa-office-hours")).post("/api/triage-requests/" + answered
                + "/responses").then().statusCode(409);
        given().auth().oauth2(ae()).post("/api/triage-requests/" + unanswered + "/responses").then()
                .statusCode(403);

        checkAt(declinedAt.plus(Duration.ofHours(8)).minus(SECOND));
        awaitMarker();
        assertThat(overdue(unanswered)).isEmpty();
        checkAt(declinedAt.plus(Duration.ofHours(8)));

        assertThat(awaitEvents(TriageResponseOverdue.class, event -> event.requestId().equals(unanswered), 1)
                .get(0).clock()).isEqualTo(TriageClock.ASYNC_RESPONSE);
        awaitMarker();
        assertThat(overdue(answered)).isEmpty();
    }

    @Test
    void aRequestWaitingOnTheAeIsRemindedThenDeclinedAndSupplyingTheInformationStopsItsClock() {
        Instant waitingSince = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TestClock.INSTANCE.set(waitingSince);
        String expiring = submitWithoutAgenda();
        String supplied = submitWithoutAgenda();
        request(expiring).body("status", equalTo("WAITING"))
                .body("clocks.find { it.clock == 'WAITING_ON_AE' }.ownerId", equalTo("ae-1"))
                .body("clocks.find { it.clock == 'WAITING_ON_AE' }.remindAt",
                        equalTo(at(waitingSince.plus(Duration.ofDays(2)))))
                .body("clocks.find { it.clock == 'WAITING_ON_AE' }.dueAt",
                        equalTo(at(waitingSince.plus(Duration.ofDays(7)))));

        checkAt(waitingSince.plus(Duration.ofDays(2)).minus(SECOND));
        awaitMarker();
        assertThat(dueSoon(expiring)).isEmpty();
        checkAt(waitingSince.plus(Duration.ofDays(2)));
        TriageResponseDueSoon reminder = awaitEvents(TriageResponseDueSoon.class,
                event -> event.requestId().equals(expiring), 1).get(0);
        assertThat(reminder.clock()).isEqualTo(TriageClock.WAITING_ON_AE);
        assertThat(reminder.personId()).isEqualTo("ae-1");

        given().auth().oauth2(ae()).contentType(ContentType.JSON).body(Map.of("agenda", "Pipelines"))
                .post("/api/triage-requests/" + supplied + "/info").then().statusCode(200)
                .body("clocks.find { it.clock == 'WAITING_ON_AE' }.metAt", notNullValue());
        checkAt(waitingSince.plus(Duration.ofDays(7)).minus(SECOND));
        request(expiring).body("status", equalTo("WAITING"));
        checkAt(waitingSince.plus(Duration.ofDays(7)));

        TriageRequestDeclined declined = awaitEvents(TriageRequestDeclined.class,
                event -> event.requestId().equals(expiring), 1).get(0);
        assertThat(declined.route()).isEqualTo("WAITING_ON_AE");
        assertThat(declined.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo("triage.waiting-on-ae.expired");
            assertThat(reason.message()).contains("AGENDA");
        });
        assertThat(awaitEvents(TriageResponseOverdue.class, event -> event.requestId().equals(expiring), 1).get(0)
                .clock()).isEqualTo(TriageClock.WAITING_ON_AE);
        awaitEvents(TriageLabelsChanged.class, event -> event.requestId().equals(expiring)
                && event.removed().contains("SA Waiting"), 1);
        request(expiring).body("status", equalTo("DECLINED")).body("labels", not(hasItem("SA Waiting")))
                .body("clocks.find { it.clock == 'WAITING_ON_AE' }.endedBecause",
                        equalTo("declined: triage.waiting-on-ae.expired"));
        awaitMarker();
        assertThat(overdue(supplied)).noneMatch(breach -> breach.clock() == TriageClock.WAITING_ON_AE);
        assertThat(TestKafka.events(Topics.TRIAGE_EVENTS, TriageRequestDeclined.class,
                event -> event.requestId().equals(supplied))).isEmpty();
    }

    /**
     * A request that falls back to the backlog with nobody to take it: its SA, the week's triage SA, is the only one
     * free on the day and goes away too (as in {@link ReassignmentHandoffTest}). The gauge counts it.
     *
     * @return the request's id
     */
    private String unownedOn(LocalDate day) {
        String topic = newId("topic");
        String engaged = newId("sa-on-duty");
        rosterWith(saPerson(engaged, null, topic));
        given().auth().oauth2(Fixtures.lead()).contentType(ContentType.JSON)
                .body(Map.of("startsOn", day.with(DayOfWeek.MONDAY).toString(), "saIds", List.of(engaged)))
                .put("/api/rotation").then().statusCode(200).body("onDutySaId", equalTo(engaged));
        everyoneAwayOn(day, engaged);
        String id = submit(formOn(day, newId("acct"), topic)).statusCode(201).body("saId", equalTo(engaged))
                .extract().path("id");
        clocks.check();
        double unownedBefore = gauge("seamless.triage.unowned.requests");

        TestKafka.publish(new PersonAvailabilityChanged(engaged, day, day, "PTO"));
        await().atMost(Fixtures.PATIENCE).untilAsserted(() -> request(id).body("status", equalTo("BACKLOG"))
                .body("saId", nullValue()).body("assignment.rule", equalTo("assignment.unplaced")));
        clocks.check();
        assertThat(gauge("seamless.triage.unowned.requests")).isEqualTo(unownedBefore + 1);
        return id;
    }

    private void checkAt(Instant instant) {
        TestClock.INSTANCE.set(instant);
        clocks.check();
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    /**
     * Waits until a request submitted now has its events on the topic: the outbox publishes in the order it was
     * written, so whatever an earlier check wrote has been published too.
     */
    private static void awaitMarker() {
        Map<String, Object> form = form(newId("acct"), newId("topic"));
        String marker = submit(form).statusCode(201).extract().path("id");
        awaitEvents(TriageLabelsChanged.class, event -> event.requestId().equals(marker), 1);
    }

    private static String submitAsyncOnly(String topic) {
        Map<String, Object> form = form(newId("acct"), topic);
        form.put("segment", "SMB");
        form.put("iacv", 4000);
        return submit(form).statusCode(201).body("qualification.route", equalTo("ASYNC_ONLY"))
                .body("status", equalTo("TRIAGED")).extract().path("id");
    }

    private static String submitOfficeHours() {
        Map<String, Object> form = form(newId("acct"), newId("topic"));
        form.put("amount", 9999);
        return submit(form).statusCode(201).body("qualification.route", equalTo("OFFICE_HOURS")).extract()
                .path("id");
    }

    private static String submitWithoutAgenda() {
        Map<String, Object> form = form(newId("acct"), newId("topic"));
        form.remove("agenda");
        return submit(form).statusCode(201).body("qualification.route", equalTo("WAITING_ON_AE")).extract()
                .path("id");
    }

    private static List<TriageResponseDueSoon> dueSoon(String requestId) {
        return TestKafka.events(Topics.TRIAGE_EVENTS, TriageResponseDueSoon.class,
                event -> event.requestId().equals(requestId));
    }

    private static List<TriageResponseOverdue> overdue(String requestId) {
        return TestKafka.events(Topics.TRIAGE_EVENTS, TriageResponseOverdue.class,
                event -> event.requestId().equals(requestId));
    }

    private static Instant monday(LocalDate friday, int hour, int minute) {
        return friday.plusDays(3).atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    /** How the API writes an instant of whole seconds: ISO-8601 in UTC. */
    private static String at(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
