package dev.seamless.handoff;

import static dev.seamless.handoff.Fixtures.PATIENCE;
import static dev.seamless.handoff.Fixtures.account;
import static dev.seamless.handoff.Fixtures.awaitHandoff;
import static dev.seamless.handoff.Fixtures.handoff;
import static dev.seamless.handoff.Fixtures.knownAccount;
import static dev.seamless.handoff.Fixtures.knownPerson;
import static dev.seamless.handoff.Fixtures.newId;
import static dev.seamless.handoff.Fixtures.person;
import static dev.seamless.handoff.Fixtures.saAssigned;
import static dev.seamless.handoff.Fixtures.teamChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.seamless.events.Topics;
import dev.seamless.events.handoff.TaskAssigned;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.TeamRole;
import dev.seamless.events.types.Tier;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events about one handoff travel on different topics (crm.accounts, triage.events, directory.people), so they arrive
 * in any order. Whatever the order, the handoff ends the same: each test compares an account whose events came in
 * order with one whose events came the other way round.
 */
@QuarkusTest
class OutOfOrderTest {

    @Test
    void aCsmAssignedBeforeTheAccountIsKnownGetsTheSameHandoffOnceTheAccountArrives() {
        String inOrder = newId("acct");
        knownAccount(account(inOrder, Tier.PREMIUM, "80000", "ae-9", "sa-9", null));
        TestKafka.publish(teamChange(inOrder, TeamRole.CSM, null, "csm-9"));

        String reversed = newId("acct");
        TestKafka.publish(teamChange(reversed, TeamRole.CSM, null, "csm-9"));
        JsonPath waiting = handoff(awaitHandoff(reversed, "AE_TO_CSM").get("id"));
        assertThat(waiting.getString("fromPersonId")).isNull();
        assertThat(waiting.getList("tasks.findAll { it.ownerRole == 'OUTGOING' }.assignment.rule"))
                .containsOnly("handoff.assignee.not-known-yet");
        knownAccount(account(reversed, Tier.PREMIUM, "80000", "ae-9", "sa-9", "csm-9"));

        JsonPath expected = handoff(awaitHandoff(inOrder, "AE_TO_CSM").get("id"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(people(handoff(waiting.getString("id"))))
                .isEqualTo(people(expected)).containsExactly("ae-9", "csm-9", "ae-9", "csm-9", "ae-9", "ae-9", "ae-9"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(Topics.HANDOFF_EVENTS,
                TaskAssigned.class, assigned -> assigned.accountId().equals(reversed))).hasSize(3)
                .allSatisfy(assigned -> assertThat(assigned.assigneeId()).isEqualTo("ae-9")));
    }

    @Test
    void aReassignmentBeforeTheAccountIsKnownGetsItsAeWhenTheAccountArrives() {
        String accountId = newId("acct");
        TestKafka.publish(saAssigned(accountId, "sa-new", "sa-old"));
        Object handoffId = awaitHandoff(accountId, "SA_TO_SA").get("id");
        assertThat(handoff(handoffId).getString("aeId")).isNull();

        knownAccount(account(accountId, Tier.PREMIUM, "20000", "ae-4", "sa-new", null));
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath filled = handoff(handoffId);
            assertThat(filled.getString("aeId")).isEqualTo("ae-4");
            // the account's SA is already the new one: the outgoing SA stays the one triage named
            assertThat(filled.getString("fromPersonId")).isEqualTo("sa-old");
        });
    }

    @Test
    void anOutgoingCsmWhoLeftHandsTheTasksToTheIncomingOneWhetherTheDirectoryToldUsBeforeOrAfter() {
        String leaverFirst = newId("csm");
        knownPerson(person(leaverFirst, PersonRole.CSM, false));
        String inOrder = newId("acct");
        knownAccount(account(inOrder, Tier.ULTIMATE, "150000", leaverFirst));
        TestKafka.publish(teamChange(inOrder, TeamRole.CSM, leaverFirst, "csm-stays"));

        String leaverLater = newId("csm");
        String reversed = newId("acct");
        knownAccount(account(reversed, Tier.ULTIMATE, "150000", leaverLater));
        TestKafka.publish(teamChange(reversed, TeamRole.CSM, leaverLater, "csm-stays"));
        Object reversedId = awaitHandoff(reversed, "CSM_TO_CSM").get("id");
        assertThat(handoff(reversedId).getList("tasks.findAll { it.ownerRole == 'OUTGOING' }.assigneeId"))
                .containsOnly(leaverLater);
        knownPerson(person(leaverLater, PersonRole.CSM, false));

        JsonPath expected = handoff(awaitHandoff(inOrder, "CSM_TO_CSM").get("id"));
        assertThat(expected.getList("tasks.assigneeId")).containsOnly("csm-stays");
        assertThat(expected.getList("tasks.findAll { it.ownerRole == 'OUTGOING' }.assignment.rule"))
                .containsOnly("handoff.assignee.owner-inactive");
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath moved = handoff(reversedId);
            assertThat(moved.getList("tasks.assigneeId")).isEqualTo(expected.getList("tasks.assigneeId"));
            assertThat(moved.getList("tasks.assignment.rule")).isEqualTo(expected.getList("tasks.assignment.rule"));
            assertThat(moved.getString("toPersonName")).isNull();
        });
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(Topics.HANDOFF_EVENTS,
                TaskAssigned.class, assigned -> assigned.accountId().equals(reversed))).hasSize(4)
                .allSatisfy(assigned -> {
                    assertThat(assigned.previousAssigneeId()).isEqualTo(leaverLater);
                    assertThat(assigned.assigneeId()).isEqualTo("csm-stays");
                    assertThat(assigned.reason().rule()).isEqualTo("handoff.assignee.owner-inactive");
                }));
    }

    @Test
    void namesAppearOnceTheDirectoryKnowsThePerson() {
        String accountId = newId("acct");
        String incoming = newId("sa");
        TestKafka.publish(saAssigned(accountId, incoming, "sa-old"));
        Object handoffId = awaitHandoff(accountId, "SA_TO_SA").get("id");
        assertThat(handoff(handoffId).getString("toPersonName")).isNull();

        knownPerson(person(incoming, PersonRole.SA, true));
        JsonPath named = handoff(handoffId);
        assertThat(named.getString("toPersonName")).isEqualTo("Name of " + incoming);
        assertThat(named.getList("tasks.findAll { it.ownerRole == 'INCOMING' }.assigneeName"))
                .containsOnly("Name of " + incoming);
    }

    /** Who holds what: the handoff's people, then each task's assignee in checklist order. */
    private static List<Object> people(JsonPath handoff) {
        List<Object> people = new ArrayList<>(List.of(handoff.getString("fromPersonId"),
                handoff.getString("toPersonId"), handoff.getString("aeId")));
        people.addAll(handoff.getList("tasks.assigneeId"));
        return people;
    }
}
