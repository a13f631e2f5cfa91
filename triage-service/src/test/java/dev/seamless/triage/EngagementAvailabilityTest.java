package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.PATIENCE;
import static dev.seamless.triage.Fixtures.ae;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.formOn;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.now;
import static dev.seamless.triage.Fixtures.request;
import static dev.seamless.triage.Fixtures.rosterWith;
import static dev.seamless.triage.Fixtures.saPerson;
import static dev.seamless.triage.Fixtures.submit;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.directory.PersonAvailabilityChanged;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.testsupport.TestClock;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.triage.request.BoardReevaluation;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Availability over the whole engagement (a POV runs 14 days by default), and EXPEDITE for preferred dates. */
@QuarkusTest
class EngagementAvailabilityTest {

    @Inject
    BoardReevaluation board;

    @AfterEach
    void backToRealTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void ptoOnTheLastDayOfAFourteenDayPovMovesItAndPtoTheDayAfterDoesNot() {
        LocalDate start = now().plusDays(173).toLocalDate();
        String onLastDay = accountWithSaAwayOn(start.plusDays(13));
        String dayAfter = accountWithSaAwayOn(start.plusDays(14));

        submit(pov(formOn(start, onLastDay, "none"))).statusCode(201).body("saId", not(equalTo(saOf(onLastDay))))
                .body("assignment.explanation", containsString("covers " + start.plusDays(13)))
                .body("assignment.inputs.engagementLengthDays", equalTo(14));
        submit(pov(formOn(start, dayAfter, "none"))).statusCode(201).body("saId", equalTo(saOf(dayAfter)))
                .body("assignment.rule", equalTo("assignment.sticky"));
    }

    @Test
    void theEarliestPreferredDateCountsForExpedite() {
        String soon = submitPreferring(Duration.ofHours(23).plusMinutes(59));
        String later = submitPreferring(Duration.ofHours(24).plusMinutes(1));
        request(soon).body("labels", hasItem("EXPEDITE"));
        request(later).body("labels", not(hasItem("EXPEDITE")));

        TestClock.INSTANCE.advance(Duration.ofMinutes(2));
        board.reevaluateLabels();

        request(later).body("labels", hasItem("EXPEDITE"));
    }

    /** An account whose SA (from the CRM) is away on the day; its id names the SA too. */
    private static String accountWithSaAwayOn(LocalDate day) {
        String accountId = newId("acct");
        rosterWith(saPerson(saOf(accountId), null));
        TestKafka.publish(new AccountUpdated(accountId, "Acme", Segment.MID_MARKET, Tier.PREMIUM,
                new BigDecimal("80000"), new BigDecimal("80000"), 400, "AMER", "ae-1", saOf(accountId), null, null,
                null, null));
        TestKafka.publish(new PersonAvailabilityChanged(saOf(accountId), day, day, "PTO"));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(ae()).get("/api/solutions-architects")
                .then().body("find { it.personId == '" + saOf(accountId) + "' }.absences.from",
                        hasItem(day.toString())));
        await().atMost(PATIENCE).until(() -> Probe.accountSa(accountId).isPresent());
        return accountId;
    }

    private static String saOf(String accountId) {
        return "sa-of-" + accountId;
    }

    private static Map<String, Object> pov(Map<String, Object> form) {
        form.put("activity", "POV");
        form.put("expertise", List.of());
        return form;
    }

    private static String submitPreferring(Duration untilEarliest) {
        Map<String, Object> form = form(newId("acct"), newId("topic"));
        form.remove("requestedFor");
        form.put("preferredDates", List.of(now().plusDays(5).toString(), now().plus(untilEarliest).toString()));
        return submit(form).statusCode(201).extract().path("id");
    }
}
