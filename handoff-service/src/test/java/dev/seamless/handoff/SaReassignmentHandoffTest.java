package dev.seamless.handoff;

import static dev.seamless.handoff.Fixtures.PATIENCE;
import static dev.seamless.handoff.Fixtures.account;
import static dev.seamless.handoff.Fixtures.awaitConsumed;
import static dev.seamless.handoff.Fixtures.awaitHandoffs;
import static dev.seamless.handoff.Fixtures.handoffsOf;
import static dev.seamless.handoff.Fixtures.knownAccount;
import static dev.seamless.handoff.Fixtures.newId;
import static dev.seamless.handoff.Fixtures.saAssigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.handoff.HandoffStarted;
import dev.seamless.events.triage.AccountSaTransferred;
import dev.seamless.events.handoff.TaskCreated;
import dev.seamless.events.types.Tier;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Trigger {@code SAAssigned} with a previous SA (triage.events) and template SA_TO_SA (seeds 000 and 001). */
@QuarkusTest
class SaReassignmentHandoffTest {

    @Test
    void aReassignmentStartsTheSaToSaChecklistForBothSasAndTheAccountsAe() {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.PREMIUM, "20000", "ae-5", "sa-old", null));
        TestKafka.publish(saAssigned(accountId, "sa-new", "sa-old"));

        awaitHandoffs(accountId, 1)
                .body("[0].handoffType", equalTo("SA_TO_SA"))
                .body("[0].fromPersonId", equalTo("sa-old"))
                .body("[0].toPersonId", equalTo("sa-new"))
                .body("[0].aeId", equalTo("ae-5"))
                .body("[0].trigger.type", equalTo("SAAssigned"))
                .body("[0].decision.rule", equalTo("handoff.sa-reassigned"))
                .body("[0].decision.inputs.previousSaId", equalTo("sa-old"))
                .body("[0].decision.inputs.policyVersion", equalTo("policy-1"))
                .body("[0].progress.total", equalTo(5))
                .body("[0].tasks.findAll { it.ownerRole == 'OUTGOING' }.assigneeId", everyItem(equalTo("sa-old")))
                .body("[0].tasks.findAll { it.ownerRole == 'INCOMING' }.assigneeId", everyItem(equalTo("sa-new")))
                .body("[0].tasks.title", hasItems("Introduce the incoming SA to the customer live on a customer call",
                        "If a POV is pending or active, bring the POV record in the CRM up to date"))
                .body("[0].tasks.assignment.rule", everyItem(equalTo("handoff.assignee.owner")));

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(TestKafka.events(Topics.HANDOFF_EVENTS, HandoffStarted.class,
                    started -> started.accountId().equals(accountId))).singleElement()
                    .satisfies(started -> {
                        assertThat(started.trigger()).isEqualTo("SAAssigned");
                        assertThat(started.taskCount()).isEqualTo(5);
                    });
            assertThat(TestKafka.events(Topics.HANDOFF_EVENTS, TaskCreated.class,
                    task -> task.accountId().equals(accountId))).hasSize(5)
                    .allSatisfy(task -> assertThat(task.assigneeId()).isIn("sa-old", "sa-new"));
        });
    }

    @Test
    void aRedeliveredOrRepeatedReassignmentStartsNoSecondHandoff() {
        String accountId = newId("acct");
        EventEnvelope<SeamlessEvent> first = TestKafka.publish(saAssigned(accountId, "sa-new", "sa-old"));
        awaitHandoffs(accountId, 1);

        TestKafka.publish(first);
        TestKafka.publish(saAssigned(accountId, "sa-new", "sa-old"));
        awaitConsumed(Topics.TRIAGE_EVENTS);

        assertThat(handoffsOf(accountId).getList("$")).hasSize(1);
    }

    @Test
    void aFirstAssignmentHandsNothingOver() {
        String accountId = newId("acct");
        TestKafka.publish(saAssigned(accountId, "sa-new", null));
        awaitConsumed(Topics.TRIAGE_EVENTS);

        assertThat(handoffsOf(accountId).getList("$")).isEmpty();
    }

    @Test
    void aTransferOfTheAccountsSaStartsOneSaToSaChecklistThatItsMovedRequestsShare() {
        String accountId = newId("acct");
        knownAccount(account(accountId, Tier.PREMIUM, "20000", "ae-5", "sa-old", null));
        TestKafka.publish(new AccountSaTransferred(accountId, "sa-old", "sa-new", "triage.account-sa.leader-decision",
                "territory rebalancing", "lead-1"));
        // the account's two open requests move with it
        TestKafka.publish(saAssigned(accountId, "sa-new", "sa-old"));
        TestKafka.publish(saAssigned(accountId, "sa-new", "sa-old"));
        awaitConsumed(Topics.TRIAGE_EVENTS);

        awaitHandoffs(accountId, 1)
                .body("[0].handoffType", equalTo("SA_TO_SA"))
                .body("[0].fromPersonId", equalTo("sa-old"))
                .body("[0].toPersonId", equalTo("sa-new"))
                .body("[0].trigger.type", equalTo("AccountSaTransferred"))
                .body("[0].decision.rule", equalTo("handoff.account-sa-transferred"))
                .body("[0].decision.inputs.decidedBy", equalTo("lead-1"));
    }

    @Test
    void anAccountGettingItsFirstSaHandsNothingOver() {
        String accountId = newId("acct");
        TestKafka.publish(new AccountSaTransferred(accountId, null, "sa-new", "triage.account-sa.crm-changed",
                "the CRM named the account's SA", null));
        awaitConsumed(Topics.TRIAGE_EVENTS);

        assertThat(handoffsOf(accountId).getList("$")).isEmpty();
    }
}
