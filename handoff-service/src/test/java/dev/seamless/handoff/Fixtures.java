package dev.seamless.handoff;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.seamless.events.crm.AccountTeamChanged;
import dev.seamless.events.crm.AccountUpdated;
import dev.seamless.events.crm.OpportunityStageChanged;
import dev.seamless.events.directory.PersonUpdated;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.Segment;
import dev.seamless.events.types.TeamRole;
import dev.seamless.events.types.Tier;
import dev.seamless.handoff.account.Account;
import dev.seamless.handoff.person.Person;
import dev.seamless.testsupport.TestKafka;
import dev.seamless.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Events as the integrated systems publish them, and waits on what handoff-service made of them. */
final class Fixtures {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String CONSUMER_GROUP = "handoff-service";

    private Fixtures() {
    }

    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static String token() {
        return Tokens.forTest("csm-7", "CSM");
    }

    static String adminToken() {
        return Tokens.forTest("admin-1", "ADMIN");
    }

    static AccountUpdated account(String accountId, Tier tier, String arr, String csmId) {
        return account(accountId, tier, arr, "ae-1", "sa-1", csmId);
    }

    static AccountUpdated account(String accountId, Tier tier, String arr, String aeId, String saId, String csmId) {
        return new AccountUpdated(accountId, "Acme " + accountId, Segment.SMB, tier, new BigDecimal(arr),
                new BigDecimal(arr), 40, "AMER", aeId, saId, csmId, null, "Pat Buyer", "pat@acme.example");
    }

    static OpportunityStageChanged closedWon(String accountId, String opportunityId) {
        return stageChange(accountId, opportunityId, OrderType.FIRST_ORDER, "6-Awaiting Signature", "Closed Won",
                "60000");
    }

    static OpportunityStageChanged stageChange(String accountId, String opportunityId, OrderType orderType,
            String fromStage, String toStage, String iacv) {
        return new OpportunityStageChanged(opportunityId, accountId, "First order", orderType, fromStage, toStage,
                new BigDecimal(iacv), new BigDecimal(iacv), LocalDate.of(2026, 11, 20), "ae-1", "sa-1", false, null, null);
    }

    /** A new account of that ARR, once handoff-service knows it, has its first order moved between two stages. */
    static void firstOrderMoves(String accountId, String arr, String opportunityId, String fromStage, String toStage,
            String iacv) {
        knownAccount(account(accountId, Tier.PREMIUM, arr, null));
        TestKafka.publish(stageChange(accountId, opportunityId, OrderType.FIRST_ORDER, fromStage, toStage, iacv));
    }

    static SAAssigned saAssigned(String accountId, String saId, String previousSaId) {
        return new SAAssigned(newId("TR"), accountId, "opp-1", saId, previousSaId, "PTO overlaps the requested dates",
                List.of(), "policy-1");
    }

    static AccountTeamChanged teamChange(String accountId, TeamRole role, String previous, String next) {
        return new AccountTeamChanged(accountId, role, previous, next);
    }

    static PersonUpdated person(String personId, PersonRole role, boolean active) {
        return new PersonUpdated(personId, "Name of " + personId, personId + "@seamless.example", role, "AMER",
                Segment.SMB, List.of(), null, null, active);
    }

    /** Publishes the account and waits until handoff-service knows it (its topic is not ordered with the others). */
    static void knownAccount(AccountUpdated account) {
        TestKafka.publish(account);
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Account.findById(account.accountId()) != null));
    }

    static void knownPerson(PersonUpdated person) {
        TestKafka.publish(person);
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            Person known = Person.findById(person.personId());
            return known != null && known.active == person.active();
        }));
    }

    /** Waits until handoff-service has applied everything on the topic, so that an absence means something. */
    static void awaitConsumed(String topic) {
        await().atMost(PATIENCE).until(() -> TestKafka.consumedToEnd(CONSUMER_GROUP, topic));
    }

    static ValidatableResponse awaitHandoffs(String accountId, int count) {
        await().atMost(PATIENCE).until(() -> handoffsOf(accountId).getList("$").size() == count);
        return given().auth().oauth2(token()).queryParam("accountId", accountId).get("/api/handoffs").then()
                .statusCode(200);
    }

    static JsonPath handoffsOf(String accountId) {
        return given().auth().oauth2(token()).queryParam("accountId", accountId).get("/api/handoffs").then()
                .statusCode(200).extract().jsonPath();
    }

    /** The single handoff of that type on the account, once it exists. */
    static Map<String, Object> awaitHandoff(String accountId, String handoffType) {
        return await().atMost(PATIENCE).until(() -> handoffsOf(accountId).<Map<String, Object>>getList(
                "findAll { it.handoffType == '" + handoffType + "' }"), list -> list.size() == 1).get(0);
    }

    static JsonPath handoff(Object handoffId) {
        return given().auth().oauth2(token()).get("/api/handoffs/{id}", handoffId).then().statusCode(200).extract()
                .jsonPath();
    }
}
