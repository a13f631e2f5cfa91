package dev.seamless.handoff;

import static dev.seamless.handoff.Fixtures.PATIENCE;
import static dev.seamless.handoff.Fixtures.account;
import static dev.seamless.handoff.Fixtures.awaitConsumed;
import static dev.seamless.handoff.Fixtures.awaitHandoff;
import static dev.seamless.handoff.Fixtures.closedWon;
import static dev.seamless.handoff.Fixtures.firstOrderMoves;
import static dev.seamless.handoff.Fixtures.handoff;
import static dev.seamless.handoff.Fixtures.handoffsOf;
import static dev.seamless.handoff.Fixtures.knownAccount;
import static dev.seamless.handoff.Fixtures.knownPerson;
import static dev.seamless.handoff.Fixtures.newId;
import static dev.seamless.handoff.Fixtures.person;
import static dev.seamless.handoff.Fixtures.saAssigned;
import static dev.seamless.handoff.Fixtures.stageChange;
import static dev.seamless.handoff.Fixtures.teamChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.seamless.events.Topics;
import dev.seamless.events.handoff.HandoffCancelled;
import dev.seamless.events.handoff.TaskAssigned;
import dev.seamless.events.types.OrderType;
import dev.seamless.events.types.PersonRole;
import dev.seamless.events.types.TeamRole;
import dev.seamless.events.types.Tier;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
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

    @Test
    void aFirstOrderWonBeforeItsAccountIsKnownEndsWithTheSameSaToCsmHandoffAsInOrder() {
        String inOrder = newId("acct");
        knownAccount(account(inOrder, Tier.PREMIUM, "0", "ae-6", "sa-6", null));
        TestKafka.publish(closedWon(inOrder, "opp-won"));

        String reversed = newId("acct");
        TestKafka.publish(closedWon(reversed, "opp-won"));
        Object provisional = awaitHandoff(reversed, "DIGITAL_ONBOARDING").get("id");
        assertThat(handoff(provisional).getString("decision.rule")).isEqualTo("handoff.closed-won.account-unknown");
        knownAccount(account(reversed, Tier.PREMIUM, "0", "ae-6", "sa-6", null));

        JsonPath expected = handoff(awaitHandoff(inOrder, "SA_TO_CSM").get("id"));
        JsonPath decidedAgain = handoff(awaitHandoff(reversed, "SA_TO_CSM").get("id"));
        assertSameHandoff(decidedAgain, expected);
        assertThat(decidedAgain.getString("trigger.type")).isEqualTo("AccountUpdated");
        assertThat(expected.getDouble("decision.inputs.arrWithDeal")).isEqualTo(60000.0);
        assertThat(handoffsOf(inOrder).getList("handoffType")).containsExactly("SA_TO_CSM");
        awaitReplaced(reversed, provisional, decidedAgain.getString("id"), 2);
    }

    @Test
    void aDealEnteringNegotiatingBeforeItsAccountIsKnownEndsWithTheSameCsmIntroductionAsInOrder() {
        String inOrder = newId("acct");
        firstOrderMoves(inOrder, "20000", "opp-open", "4-Proposal", "5-Negotiating", "30000");

        String reversed = newId("acct");
        TestKafka.publish(stageChange(reversed, "opp-open", OrderType.FIRST_ORDER, "4-Proposal", "5-Negotiating",
                "30000"));
        Object provisional = awaitHandoff(reversed, "PRE_TO_POST_SALES_DIGITAL_ONBOARDING").get("id");
        knownAccount(account(reversed, Tier.PREMIUM, "20000", null));

        JsonPath expected = handoff(awaitHandoff(inOrder, "PRE_TO_POST_SALES_CSM_INTRO").get("id"));
        JsonPath decidedAgain = handoff(awaitHandoff(reversed, "PRE_TO_POST_SALES_CSM_INTRO").get("id"));
        assertSameHandoff(decidedAgain, expected);
        awaitReplaced(reversed, provisional, decidedAgain.getString("id"), 2);
    }

    @Test
    void anAccountKnownLaterBelowTheThresholdKeepsItsDigitalOnboardingAndLaterUpdatesChangeNothingAsInOrder() {
        String accountId = newId("acct");
        TestKafka.publish(stageChange(accountId, "opp-small", OrderType.FIRST_ORDER, "6-Awaiting Signature",
                "Closed Won", "49999.99"));
        Object onboarding = awaitHandoff(accountId, "DIGITAL_ONBOARDING").get("id");
        knownAccount(account(accountId, Tier.PREMIUM, "0", null));
        // the CRM books the deal: had the account come first, the Closed Won would not be decided again either
        TestKafka.publish(account(accountId, Tier.PREMIUM, "49999.99", null));
        awaitConsumed(Topics.CRM_ACCOUNTS);

        assertThat(handoffsOf(accountId).getList("handoffType")).containsExactly("DIGITAL_ONBOARDING");
        assertThat(handoff(onboarding).getString("status")).isEqualTo("OPEN");
    }

    /** The same checklist with the same people, tasks and decision, whichever order its events came in. */
    private static void assertSameHandoff(JsonPath actual, JsonPath expected) {
        assertThat(people(actual)).isEqualTo(people(expected));
        assertThat(actual.getList("tasks.title")).isEqualTo(expected.getList("tasks.title"));
        assertThat(actual.getString("decision.rule")).isEqualTo(expected.getString("decision.rule"));
        assertThat(actual.getString("decision.reason")).isEqualTo(expected.getString("decision.reason"));
        assertThat(actual.getMap("decision.inputs")).isEqualTo(expected.getMap("decision.inputs"));
    }

    /** The provisional handoff is cancelled with its open tasks, naming its replacement, and the event says so. */
    private static void awaitReplaced(String accountId, Object provisional, String replacement, int openTasks) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath replaced = handoff(provisional);
            assertThat(replaced.getString("status")).isEqualTo("CANCELLED");
            assertThat(replaced.getString("cancellation.rule")).isEqualTo("handoff.superseded");
            assertThat(replaced.getString("cancellation.reason")).contains("Decided again", replacement);
            assertThat(replaced.getList("tasks.status")).hasSize(openTasks).containsOnly("CANCELLED");
        });
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(Topics.HANDOFF_EVENTS,
                HandoffCancelled.class, event -> event.accountId().equals(accountId))).singleElement()
                .satisfies(event -> {
                    assertThat(event.handoffId()).isEqualTo(provisional);
                    assertThat(event.cancelledTaskIds()).hasSize(openTasks);
                }));
    }

    /** Who holds what: the handoff's people, then each task's assignee in checklist order. */
    private static List<Object> people(JsonPath handoff) {
        List<Object> people = new ArrayList<>(Arrays.asList(handoff.getString("fromPersonId"),
                handoff.getString("toPersonId"), handoff.getString("aeId")));
        people.addAll(handoff.getList("tasks.assigneeId"));
        return people;
    }
}
