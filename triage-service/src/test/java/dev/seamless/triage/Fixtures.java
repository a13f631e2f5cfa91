package dev.seamless.triage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.crm.TriageRequestSubmitted;
import dev.seamless.events.directory.PersonAvailabilityChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.envelope.EventJson;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Segment;
import dev.seamless.testsupport.TestClock;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Shared helpers of the Quarkus tests: tokens, forms, SAs, and waiting for what the service wrote. */
public final class Fixtures {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private Fixtures() {
    }

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public static String ae() {
        return Tokens.forTest("ae-1", "AE");
    }

    public static String sa(String personId) {
        return Tokens.forTest(personId, "SA");
    }

    public static String lead() {
        return Tokens.forTest("sa-lead-1", "SA_LEADER");
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(TestClock.INSTANCE.instant(), ZoneOffset.UTC);
    }

    /**
     * A mid-market growth demo worth $50,000 in ten days, with every piece of meeting information and the given
     * expertise topic; callers change what they test.
     */
    public static Map<String, Object> form(String accountId, String topic) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("accountId", accountId);
        form.put("accountName", "Acme " + accountId);
        form.put("opportunityId", "opp-" + accountId);
        form.put("segment", "MID_MARKET");
        form.put("orderType", "GROWTH");
        form.put("tier", "PREMIUM");
        form.put("amount", 50000);
        form.put("iacv", 20000);
        form.put("activity", "DEMO");
        form.put("synchronous", true);
        form.put("postSales", false);
        form.put("durationMinutes", 30);
        form.put("requestedFor", now().plusDays(10).toString());
        form.put("timezone", "Europe/Berlin");
        form.put("desiredOutcome", "See the platform fit their release process");
        form.put("objectives", "Show merge request pipelines");
        form.put("agenda", "Intro, demo, questions");
        form.put("attendees", List.of("Pat Buyer", "Kim Engineer"));
        form.put("challenges", "Slow releases");
        form.put("infrastructure", "Jenkins, Bitbucket");
        form.put("saTasks", "Demo");
        form.put("expertise", new ArrayList<>(List.of(topic)));
        form.put("compellingEvent", "Contract renewal of the current tool in March");
        form.put("servicesInvolved", false);
        return form;
    }

    /** The {@link #form} of a meeting at 15:00 UTC on the day. */
    public static Map<String, Object> formOn(LocalDate day, String accountId, String topic) {
        Map<String, Object> form = form(accountId, topic);
        form.put("requestedFor", day.atTime(15, 0).atOffset(ZoneOffset.UTC).toString());
        form.put("timezone", "UTC");
        return form;
    }

    /** The CRM's "request an SA" event carrying the form, as the AE ae-2 asked. */
    public static TriageRequestSubmitted submittedEvent(String requestId, Map<String, Object> form) {
        Map<String, Object> data = new LinkedHashMap<>(form);
        data.put("requestId", requestId);
        data.put("requesterId", "ae-2");
        return EventJson.mapper().convertValue(data, TriageRequestSubmitted.class);
    }

    public static ValidatableResponse submit(Map<String, Object> form) {
        return given().auth().oauth2(ae()).contentType(ContentType.JSON).body(form).post("/api/triage-requests")
                .then();
    }

    public static ValidatableResponse request(String id) {
        return given().auth().oauth2(ae()).get("/api/triage-requests/" + id).then().statusCode(200);
    }

    public static PersonUpdated saPerson(String personId, Integer capacity, String... expertise) {
        return new PersonUpdated(personId, "SA " + personId, personId + "@example.com", PersonRole.SA, "AMER",
                Segment.MID_MARKET, List.of(expertise), capacity, null, true);
    }

    /** Publishes SAs to directory.people and waits until the roster knows them all. */
    public static void rosterWith(PersonUpdated... people) {
        for (PersonUpdated person : people) {
            TestKafka.publish(person);
        }
        await().atMost(PATIENCE).until(() -> {
            List<String> known = given().auth().oauth2(ae()).get("/api/solutions-architects").then()
                    .extract().jsonPath().getList("personId");
            return Arrays.stream(people).allMatch(person -> known.contains(person.personId()));
        });
    }

    /**
     * Every SA of the roster but those named is away on the day (as far as the roster knows when this is called), so
     * that nobody else can take a request of that day. Use a day no other test uses.
     */
    public static void everyoneAwayOn(LocalDate day, String... except) {
        List<String> away = roster().getList("personId", String.class).stream()
                .filter(personId -> !List.of(except).contains(personId)).toList();
        away.forEach(personId -> TestKafka.publish(new PersonAvailabilityChanged(personId, day, day, "TRAINING")));
        await().atMost(PATIENCE).until(() -> {
            JsonPath roster = roster();
            return away.stream().allMatch(personId -> roster.getList(
                    "find { it.personId == '" + personId + "' }.absences.from", String.class)
                    .contains(day.toString()));
        });
    }

    private static JsonPath roster() {
        return given().auth().oauth2(ae()).get("/api/solutions-architects").then().statusCode(200).extract()
                .jsonPath();
    }

    /** Waits until the events of one type on triage.events that match reach the count, and returns them. */
    public static <T extends SeamlessEvent> List<T> awaitEvents(Class<T> type, Predicate<T> filter, int count) {
        return await().atMost(PATIENCE).until(() -> TestKafka.events(Topics.TRIAGE_EVENTS, type, filter),
                events -> events.size() >= count);
    }
}
