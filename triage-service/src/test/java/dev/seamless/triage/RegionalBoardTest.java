package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.PATIENCE;
import static dev.seamless.triage.Fixtures.everyoneAwayOn;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.formOn;
import static dev.seamless.triage.Fixtures.newId;
import static dev.seamless.triage.Fixtures.now;
import static dev.seamless.triage.Fixtures.rosterWith;
import static dev.seamless.triage.Fixtures.saPerson;
import static dev.seamless.triage.Fixtures.submit;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.Tier;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Seed 000: requests go to the Americas or the EMEA Commercial SA Triage board, by the account's region; the SAs of
 * that board are the candidates.
 */
@QuarkusTest
class RegionalBoardTest {

    private final String topic = newId("topic");

    @Test
    void anEmeaAccountsRequestIsNotAssignedToALessLoadedAmerSa() {
        String amerSa = newId("sa-amer");
        String emeaSa = newId("sa-emea");
        rosterWith(saPerson(amerSa, 50, topic), emeaPerson(emeaSa, topic));
        String firstAccount = accountIn("EMEA");
        submit(form(firstAccount, topic)).statusCode(201).body("saId", equalTo(emeaSa));

        // the EMEA SA now carries a demo (2), the AMER SA nothing: without the board the AMER SA would win
        submit(form(accountIn("EMEA"), topic)).statusCode(201)
                .body("saId", equalTo(emeaSa))
                .body("assignment.rule", startsWith("assignment.ranked"))
                .body("assignment.inputs.board", equalTo("EMEA"))
                .body("assignment.inputs.accountRegion", equalTo("EMEA"))
                .body("assignment.explanation", startsWith("The account's region EMEA is on the EMEA triage board."))
                .body("assignment.candidates.find { it.saId == '" + amerSa + "' }.passedOverBecause",
                        equalTo("not on the EMEA board (region AMER)"));
    }

    @Test
    void aRegionOfTheAmericasListIsOnTheAmerBoardAndARegionOnNoBoardGoesToAnySa() {
        String emeaSa = newId("sa-emea");
        rosterWith(emeaPerson(emeaSa, topic));

        submit(form(accountIn("americas east"), topic)).statusCode(201)
                .body("saId", not(equalTo(emeaSa)))
                .body("assignment.inputs.board", equalTo("AMER"))
                .body("assignment.candidates.find { it.saId == '" + emeaSa + "' }.passedOverBecause",
                        equalTo("not on the AMER board (region EMEA)"));
        submit(form(accountIn("APAC"), topic)).statusCode(201)
                .body("saId", equalTo(emeaSa))
                .body("assignment.inputs.board", nullValue())
                .body("assignment.inputs.accountRegion", equalTo("APAC"));
    }

    @Test
    void whenNoSaOfTheBoardIsAvailableEverySaIsConsideredAndTheExplanationSaysSo() {
        String amerSa = newId("sa-amer");
        rosterWith(saPerson(amerSa, null), emeaPerson(newId("sa-emea")));
        LocalDate day = now().plusDays(257).toLocalDate();
        everyoneAwayOn(day, amerSa);

        submit(formOn(day, accountIn("EMEA"), topic)).statusCode(201)
                .body("saId", equalTo(amerSa))
                .body("status", equalTo("TRIAGED"))
                .body("assignment.inputs.board", equalTo("EMEA"))
                .body("assignment.inputs.boardFallback", equalTo("all-sas"))
                .body("assignment.explanation", containsString("No SA of the EMEA board is available within"
                        + " capacity, so the SAs of every board were considered."));
    }

    private static PersonUpdated emeaPerson(String personId, String... expertise) {
        return new PersonUpdated(personId, "SA " + personId, personId + "@example.com", PersonRole.SA, "EMEA",
                Segment.MID_MARKET, List.of(expertise), 50, null, true);
    }

    /** A new account the CRM saved in the region, without an SA; waits until triage-service knows its region. */
    private static String accountIn(String region) {
        String accountId = newId("acct");
        TestKafka.publish(new AccountUpdated(accountId, "Acme " + accountId, Segment.MID_MARKET, Tier.PREMIUM,
                new BigDecimal("80000"), new BigDecimal("80000"), 400, region, "ae-1", null, null, null, null, null));
        await().atMost(PATIENCE).until(() -> Probe.accountRegion(accountId).equals(Optional.of(region)));
        return accountId;
    }
}
