package dev.seamless.handoff;

import static dev.seamless.handoff.Fixtures.PATIENCE;
import static dev.seamless.handoff.Fixtures.account;
import static dev.seamless.handoff.Fixtures.awaitConsumed;
import static dev.seamless.handoff.Fixtures.awaitHandoff;
import static dev.seamless.handoff.Fixtures.awaitHandoffs;
import static dev.seamless.handoff.Fixtures.closedWon;
import static dev.seamless.handoff.Fixtures.handoff;
import static dev.seamless.handoff.Fixtures.handoffsOf;
import static dev.seamless.handoff.Fixtures.knownAccount;
import static dev.seamless.handoff.Fixtures.newId;
import static dev.seamless.handoff.Fixtures.teamChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.seamless.events.Topics;
import dev.seamless.events.handoff.TaskAssigned;
import dev.seamless.events.types.TeamRole;
import dev.seamless.events.types.Tier;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Trigger {@code AccountTeamChanged} for the CSM role (crm.accounts) and templates CSM_TO_CSM and AE_TO_CSM (seed 000
 * "TAM to TAM", "Account Executive to TAM"; seed 001 "CSM to CSM").
 */
@QuarkusTest
class CsmChangeHandoffTest {

    @Test
    void aNewCsmAfterAnotherStartsTheCsmToCsmChecklistWithoutTheItemTheCrmChangeAlreadyDid() {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.ULTIMATE, "120000", "csm-old"));
        TestKafka.publish(teamChange(accountId, TeamRole.CSM, "csm-old", "csm-new"));

        awaitHandoffs(accountId, 1)
                .body("[0].handoffType", equalTo("CSM_TO_CSM"))
                .body("[0].fromPersonId", equalTo("csm-old"))
                .body("[0].toPersonId", equalTo("csm-new"))
                .body("[0].decision.rule", equalTo("handoff.csm-changed"))
                .body("[0].decision.inputs.itemsAlreadyDoneByAccountTeamChanged[0]",
                        equalTo("Put the incoming CSM on the account team in the CRM"))
                .body("[0].progress.total", equalTo(8))
                .body("[0].tasks.title", not(hasItem("Put the incoming CSM on the account team in the CRM")))
                .body("[0].tasks.findAll { it.ownerRole == 'OUTGOING' }.assigneeId", everyItem(equalTo("csm-old")))
                .body("[0].tasks.findAll { it.ownerRole == 'INCOMING' }.assigneeId", everyItem(equalTo("csm-new")));
    }

    @Test
    void aFirstCsmStartsTheAeToCsmChecklistWithTheAccountsAeHandingOver() {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.PREMIUM, "80000", "ae-3", "sa-1", null));
        TestKafka.publish(teamChange(accountId, TeamRole.CSM, null, "csm-first"));

        awaitHandoffs(accountId, 1)
                .body("[0].handoffType", equalTo("AE_TO_CSM"))
                .body("[0].fromPersonId", equalTo("ae-3"))
                .body("[0].toPersonId", equalTo("csm-first"))
                .body("[0].decision.rule", equalTo("handoff.csm-assigned"))
                .body("[0].progress.total", equalTo(4))
                .body("[0].tasks.findAll { it.ownerRole == 'OUTGOING' }.assigneeId", everyItem(equalTo("ae-3")))
                .body("[0].tasks.findAll { it.ownerRole == 'INCOMING' }.assigneeId",
                        everyItem(equalTo("csm-first")));
    }

    @Test
    void theCsmOfANewAccountJoinsItsSaToCsmHandoffInsteadOfStartingAnother() {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.PREMIUM, "60000", null));
        TestKafka.publish(closedWon(accountId, newId("opp")));
        Map<String, Object> saToCsm = awaitHandoff(accountId, "SA_TO_CSM");
        assertThat(handoff(saToCsm.get("id")).getList("tasks.findAll { it.ownerRole == 'INCOMING' }.assigneeId"))
                .containsOnlyNulls().isNotEmpty();

        TestKafka.publish(teamChange(accountId, TeamRole.CSM, null, "csm-late"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath joined = handoff(saToCsm.get("id"));
            assertThat(joined.getString("toPersonId")).isEqualTo("csm-late");
            assertThat(joined.getList("tasks.findAll { it.ownerRole == 'INCOMING' }.assigneeId"))
                    .containsOnly("csm-late");
        });
        awaitConsumed(Topics.CRM_ACCOUNTS);
        assertThat(handoffsOf(accountId).getList("handoffType")).containsExactly("SA_TO_CSM");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(Topics.HANDOFF_EVENTS,
                TaskAssigned.class, assigned -> assigned.accountId().equals(accountId))).hasSize(2)
                .allSatisfy(assigned -> {
                    assertThat(assigned.assigneeId()).isEqualTo("csm-late");
                    assertThat(assigned.previousAssigneeId()).isNull();
                    assertThat(assigned.reason().rule()).isEqualTo("handoff.assignee.owner");
                }));
    }

    @Test
    void aCsmChangeWhileTheSaToCsmHandoffIsOpenPassesItsTasksToTheNextCsm() {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.PREMIUM, "60000", "csm-a"));
        TestKafka.publish(closedWon(accountId, newId("opp")));
        Map<String, Object> saToCsm = awaitHandoff(accountId, "SA_TO_CSM");

        TestKafka.publish(teamChange(accountId, TeamRole.CSM, "csm-a", "csm-b"));
        awaitHandoff(accountId, "CSM_TO_CSM");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(handoff(saToCsm.get("id"))
                .getList("tasks.findAll { it.ownerRole == 'INCOMING' }.assigneeId")).containsOnly("csm-b"));
    }
}
