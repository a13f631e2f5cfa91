package dev.seamless.triage;

import static dev.seamless.triage.Fixtures.PATIENCE;
import static dev.seamless.triage.Fixtures.ae;
import static dev.seamless.triage.Fixtures.awaitEvents;
import static dev.seamless.triage.Fixtures.form;
import static dev.seamless.triage.Fixtures.formOn;
import static dev.seamless.triage.Fixtures.lead;
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
import static org.hamcrest.Matchers.not;

import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.directory.PersonAvailabilityChanged;
import dev.seamless.events.triage.AccountSaTransferred;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.TeamRole;
import dev.seamless.events.types.Tier;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Seed 000: one SA consistently services the customer. A cover serves one request; only the CRM or an SA leader
 * transfers the account, and its engaged requests follow it.
 */
@QuarkusTest
class AccountSaTest {

    private final String accountId = newId("acct");
    private final String accountSa = newId("sa-account");

    @Test
    void aCoverDuringPtoLeavesTheAccountWithItsSaWhoGetsTheNextRequestBack() {
        rosterWith(saPerson(accountSa, null));
        accountSaFromTheCrm();
        LocalDate away = now().plusDays(131).toLocalDate();
        TestKafka.publish(new PersonAvailabilityChanged(accountSa, away, away, "PTO"));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(ae()).get("/api/solutions-architects")
                .then().body("find { it.personId == '" + accountSa + "' }.absences.from", contains(away.toString())));

        String cover = submit(withoutTopics(formOn(away, accountId, "none"))).statusCode(201)
                .body("saId", not(equalTo(accountSa)))
                .body("assignment.explanation", containsString("covers this request for the account's SA "
                        + accountSa))
                .body("assignment.inputs.coverForSaId", equalTo(accountSa)).extract().path("saId");
        assertThat(Probe.accountSa(accountId)).contains(accountSa);

        submit(withoutTopics(formOn(away.plusDays(1), accountId, "none"))).statusCode(201)
                .body("saId", equalTo(accountSa)).body("assignment.rule", equalTo("assignment.sticky"));
        assertThat(cover).isNotEqualTo(accountSa);
    }

    @Test
    void theCrmNamingAnotherSaTransfersTheAccountAndItsEngagedRequests() {
        String newSa = newId("sa-new");
        rosterWith(saPerson(accountSa, null), saPerson(newSa, null));
        accountSaFromTheCrm();
        String engaged = submit(withoutTopics(form(accountId, "none"))).statusCode(201)
                .body("saId", equalTo(accountSa)).body("status", equalTo("TRIAGED")).extract().path("id");

        TestKafka.publish(new AccountTeamChanged(accountId, TeamRole.SA, accountSa, newSa));

        AccountSaTransferred transfer = awaitEvents(AccountSaTransferred.class,
                event -> event.accountId().equals(accountId), 1).get(0);
        assertThat(transfer.previousSaId()).isEqualTo(accountSa);
        assertThat(transfer.saId()).isEqualTo(newSa);
        assertThat(transfer.rule()).isEqualTo("triage.account-sa.crm-changed");
        assertThat(transfer.decidedBy()).isNull();
        SAAssigned moved = awaitEvents(SAAssigned.class,
                event -> event.requestId().equals(engaged) && newSa.equals(event.saId()), 1).get(0);
        assertThat(moved.previousSaId()).isEqualTo(accountSa);
        assertThat(moved.reason()).startsWith("assignment.account-transfer:").contains("account transfer from "
                + accountSa);
        request(engaged).body("saId", equalTo(newSa)).body("status", equalTo("TRIAGED"));
        submit(withoutTopics(form(accountId, "none"))).statusCode(201).body("saId", equalTo(newSa))
                .body("assignment.rule", equalTo("assignment.sticky"));
        given().auth().oauth2(ae()).get("/api/accounts/" + accountId + "/sa").then().statusCode(200)
                .body("saId", equalTo(newSa)).body("source", equalTo("crm"))
                .body("transfers[0].movedRequestIds", contains(engaged));
    }

    @Test
    void anAccountUpdatedNamingAnotherSaIsATransferTooButTheSameSaAgainChangesNothing() {
        String newSa = newId("sa-new");
        rosterWith(saPerson(accountSa, null), saPerson(newSa, null));
        accountSaFromTheCrm();
        TestKafka.publish(accountUpdated(accountSa));
        TestKafka.publish(accountUpdated(newSa));

        awaitEvents(AccountSaTransferred.class, event -> event.accountId().equals(accountId)
                && newSa.equals(event.saId()) && accountSa.equals(event.previousSaId()), 1);
        await().atMost(PATIENCE).until(() -> Probe.accountSa(accountId).equals(Optional.of(newSa)));
        assertThat(TestKafka.events(dev.seamless.events.Topics.TRIAGE_EVENTS, AccountSaTransferred.class,
                event -> event.accountId().equals(accountId))).hasSize(1);
    }

    @Test
    void anSaLeaderTransfersTheAccountOverRestAndAnAeMayNot() {
        String newSa = newId("sa-new");
        rosterWith(saPerson(accountSa, null), saPerson(newSa, null));
        accountSaFromTheCrm();
        String engaged = submit(withoutTopics(form(accountId, "none"))).statusCode(201)
                .body("saId", equalTo(accountSa)).extract().path("id");
        Map<String, Object> body = Map.of("saId", newSa, "reason", "rebalancing the EMEA book");

        given().auth().oauth2(ae()).contentType(ContentType.JSON).body(body)
                .put("/api/accounts/" + accountId + "/sa").then().statusCode(403);
        given().auth().oauth2(lead()).contentType(ContentType.JSON)
                .body(Map.of("saId", "nobody", "reason", "typo")).put("/api/accounts/" + accountId + "/sa").then()
                .statusCode(400).body("violations[0].field", equalTo("saId"));
        given().auth().oauth2(lead()).contentType(ContentType.JSON).body(body)
                .put("/api/accounts/" + accountId + "/sa").then().statusCode(200)
                .body("saId", equalTo(newSa)).body("source", equalTo("leader"))
                .body("transfers[0].previousSaId", equalTo(accountSa))
                .body("transfers[0].rule", equalTo("triage.account-sa.leader-decision"))
                .body("transfers[0].decidedBy", equalTo("sa-lead-1"))
                .body("transfers[0].movedRequestIds", contains(engaged));
        given().auth().oauth2(lead()).contentType(ContentType.JSON).body(body)
                .put("/api/accounts/" + accountId + "/sa").then().statusCode(409);

        AccountSaTransferred transfer = awaitEvents(AccountSaTransferred.class,
                event -> event.accountId().equals(accountId), 1).get(0);
        assertThat(transfer.decidedBy()).isEqualTo("sa-lead-1");
        assertThat(transfer.reason()).contains("rebalancing the EMEA book");
        assertThat(awaitEvents(SAAssigned.class, event -> event.requestId().equals(engaged)
                && newSa.equals(event.saId()), 1).get(0).previousSaId()).isEqualTo(accountSa);
    }

    private void accountSaFromTheCrm() {
        TestKafka.publish(accountUpdated(accountSa));
        await().atMost(PATIENCE).until(() -> Probe.accountSa(accountId).isPresent());
    }

    private AccountUpdated accountUpdated(String saId) {
        return new AccountUpdated(accountId, "Acme", Segment.MID_MARKET, Tier.PREMIUM, new BigDecimal("80000"),
                new BigDecimal("80000"), 400, "AMER", "ae-1", saId, null, null, null, null);
    }

    private static Map<String, Object> withoutTopics(Map<String, Object> form) {
        form.put("expertise", List.of());
        return form;
    }
}
