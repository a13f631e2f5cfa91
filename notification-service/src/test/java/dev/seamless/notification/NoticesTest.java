package dev.seamless.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.handoff.TaskCreated;
import dev.seamless.events.handoff.TaskDueSoon;
import dev.seamless.events.handoff.TaskOverdue;
import dev.seamless.events.slack.SlackApprovalDueSoon;
import dev.seamless.events.slack.SlackApprovalOverdue;
import dev.seamless.events.slack.SlackChannelExpiring;
import dev.seamless.events.slack.SlackChannelRequested;
import dev.seamless.events.triage.AccountSaTransferred;
import dev.seamless.events.triage.ActionItemRaised;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.triage.StageExitDue;
import dev.seamless.events.triage.TriageResponseDueSoon;
import dev.seamless.events.triage.TriageResponseOverdue;
import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.types.TriageClock;
import dev.seamless.notification.Mails.Mail;
import dev.seamless.notification.delivery.MailDispatcher;
import dev.seamless.notification.delivery.NotificationStatus;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NoticesTest {

    @Inject
    MailDispatcher dispatcher;

    @Test
    void aReassignedTriageRequestTellsTheNewSaAndThePreviousOne() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null);
        Scenario.publishOtherSa();
        String requestId = "req-" + UUID.randomUUID();
        TestKafka.publish(new SAAssigned(requestId, scenario.accountId, "opp-1", Scenario.SA, Scenario.OTHER_SA,
                "Riley is on PTO over the requested dates", List.of(), "policy-3"));

        Mail toNewSa = Mails.awaitOne(mail -> mail.to().contains(Scenario.SA_EMAIL)
                && mail.subject().contains(requestId));
        assertThat(toNewSa.subject()).isEqualTo("Assigned to you: triage request " + requestId + " for "
                + scenario.accountName);
        assertThat(toNewSa.cc()).isEmpty();
        assertThat(toNewSa.text()).contains("Hello Sam Architect,").contains("taken over from Riley Architect")
                .contains("Why you: Riley is on PTO over the requested dates");
        Mail toPreviousSa = Mails.awaitOne(mail -> mail.to().contains(Scenario.OTHER_SA_EMAIL)
                && mail.subject().contains(requestId));
        assertThat(toPreviousSa.subject()).isEqualTo("Reassigned: triage request " + requestId + " for "
                + scenario.accountName + " is now with Sam Architect");
        assertThat(toPreviousSa.html()).contains("Hello Riley Architect,")
                .contains("has been reassigned to Sam Architect");
    }

    @Test
    void aNewTaskIsNoticedToItsAssigneeAndAnOverdueOneRemindedOnceHoweverOftenItIsReported() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(Scenario.CSM);
        String taskId = "task-" + UUID.randomUUID();
        String title = "Schedule the kickoff call " + taskId;
        TestKafka.publish(new TaskCreated(taskId, "h-1", scenario.accountId, title, Scenario.CSM, "INCOMING",
                LocalDate.of(2026, 12, 4), "https://handbook.example/kickoff"));

        Mail created = Mails.awaitOne(mail -> mail.subject().contains(taskId));
        assertThat(created.to()).containsExactly(Scenario.CSM_EMAIL);
        assertThat(created.subject()).isEqualTo("New task for " + scenario.accountName + ": " + title);
        assertThat(created.text()).contains("Hello Casey Success,").contains("Due 2026-12-04")
                .contains("How to do it: https://handbook.example/kickoff");
        assertThat(created.html()).contains("<a href=\"https://handbook.example/kickoff\">how to do it</a>");

        EventEnvelope<SeamlessEvent> overdue = TestKafka.publish(new TaskOverdue(taskId, "h-1", scenario.accountId,
                title, Scenario.CSM, LocalDate.of(2026, 12, 4)));
        Mail reminder = Mails.awaitOne(mail -> mail.subject().startsWith("Overdue since 2026-12-04: " + title));
        assertThat(reminder.to()).containsExactly(Scenario.CSM_EMAIL);
        assertThat(reminder.text()).contains("was due on 2026-12-04 and is still open");

        TestKafka.publish(overdue);
        TestKafka.publish(new TaskOverdue(taskId, "h-1", scenario.accountId, title, Scenario.CSM,
                LocalDate.of(2026, 12, 4)));
        await().atMost(Mails.PATIENCE).until(() -> TestKafka.consumedToEnd("notification-service",
                Topics.HANDOFF_EVENTS));
        dispatcher.dispatchDue();
        assertThat(Mails.matching(mail -> mail.subject().startsWith("Overdue since"))
                .stream().filter(mail -> mail.subject().contains(taskId))).hasSize(1);
        assertThat(Probe.sentOnce(scenario.accountId, "task-overdue").triggeringEventId).isEqualTo(overdue.id());
        Probe.sentOnce(scenario.accountId, "task-created");
    }

    @Test
    void aTaskForSomeoneNotInTheDirectoryIsRecordedAsFailedWithTheReason() {
        Scenario scenario = new Scenario();
        String taskId = "task-" + UUID.randomUUID();
        TestKafka.publish(new TaskCreated(taskId, "h-2", scenario.accountId, "Review the account plan", "csm-nobody",
                "INCOMING", LocalDate.of(2026, 12, 4), null));

        await().atMost(Mails.PATIENCE).until(() -> Probe.notifications(scenario.accountId).size() == 1);
        assertThat(Probe.notifications(scenario.accountId)).singleElement().satisfies(notification -> {
            assertThat(notification.status).isEqualTo(NotificationStatus.FAILED);
            assertThat(notification.recipientId).isEqualTo("csm-nobody");
            assertThat(notification.failureReason)
                    .isEqualTo("assignee csm-nobody is not in the people directory (directory.people)");
        });
    }

    @Test
    void theOwnerOfAnExpiringSlackChannelIsReminded() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null);
        String channelId = "ch-" + UUID.randomUUID();
        TestKafka.publish(new SlackChannelExpiring(channelId, scenario.accountId, ChannelKind.EPHEMERAL,
                "C0" + channelId.substring(3, 9), Scenario.SA, OffsetDateTime.parse("2026-12-10T09:00:00Z")));

        Mail mail = Mails.awaitOne(mail1 -> mail1.to().contains(Scenario.SA_EMAIL)
                && mail1.subject().contains(scenario.accountName));
        assertThat(mail.subject()).isEqualTo("Slack channel C0" + channelId.substring(3, 9) + " for "
                + scenario.accountName + " will be archived at 2026-12-10 09:00 UTC");
        assertThat(mail.text()).contains("Hello Sam Architect,").contains("The ephemeral Slack channel");
    }

    @Test
    void anActionItemIsNoticedToItsSaOnceHoweverOftenItIsRaised() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null);
        String itemId = "ai-" + UUID.randomUUID();
        ActionItemRaised item = new ActionItemRaised(itemId, scenario.accountId, "opp-9", "req-9", Scenario.SA,
                "STAGE_3_TRANSITION", "Record the stage-3 transition data " + itemId,
                "Win/loss reasons and POV status");
        TestKafka.publish(item);

        Mail mail = Mails.awaitOne(found -> found.subject().contains(itemId));
        assertThat(mail.to()).containsExactly(Scenario.SA_EMAIL);
        assertThat(mail.subject()).isEqualTo("Action item for " + scenario.accountName + ": " + item.title());
        assertThat(mail.text()).contains("Hello Sam Architect,").contains("opportunity opp-9")
                .contains("Win/loss reasons and POV status");

        TestKafka.publish(item);
        awaitConsumed(Topics.TRIAGE_EVENTS);
        dispatcher.dispatchDue();
        assertThat(Mails.matching(found -> found.subject().contains(itemId))).hasSize(1);
        Probe.sentOnce(scenario.accountId, "action-item-raised");
    }

    @Test
    void theAeIsAskedToMoveAnOpportunityOutOfTheStageItStillSitsIn() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null);
        String opportunityId = "opp-" + UUID.randomUUID();
        TestKafka.publish(new StageExitDue(scenario.accountId, opportunityId, "req-1", Scenario.AE, Scenario.SA,
                "3-Technical Evaluation", "The SA's engagement completed on 2026-12-01."));

        Mail mail = Mails.awaitOne(found -> found.subject().contains(opportunityId));
        assertThat(mail.to()).containsExactly(Scenario.AE_EMAIL);
        assertThat(mail.subject()).isEqualTo("Please move opportunity " + opportunityId + " ("
                + scenario.accountName + ") out of 3-Technical Evaluation");
        assertThat(mail.text()).contains("Hello Alex Seller,")
                .contains("is still in 3-Technical Evaluation: The SA's engagement completed on 2026-12-01.");
    }

    @Test
    void aTriageResponseDueSoonRemindsWhoOwesItAndAnOverdueOneWithNobodyNamedIsSkipped() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null);
        String requestId = "req-" + UUID.randomUUID();
        OffsetDateTime dueAt = OffsetDateTime.parse("2026-12-08T15:00:00Z");
        TestKafka.publish(new TriageResponseOverdue(requestId, scenario.accountId, TriageClock.TRIAGE, null, dueAt));
        TestKafka.publish(new TriageResponseDueSoon(requestId, scenario.accountId, TriageClock.ASYNC_RESPONSE,
                Scenario.SA, dueAt));

        Mail mail = Mails.awaitOne(found -> found.subject().contains(requestId));
        assertThat(mail.to()).containsExactly(Scenario.SA_EMAIL);
        assertThat(mail.subject()).isEqualTo("Due soon: answer the request for triage request " + requestId + " ("
                + scenario.accountName + ")");
        assertThat(mail.text()).contains("is due at 2026-12-08 15:00 UTC");
        assertThat(Probe.notifications(scenario.accountId)).singleElement()
                .satisfies(notice -> assertThat(notice.decisionRule)
                        .isEqualTo("notification.notice.triage-response-due-soon"));
    }

    @Test
    void aTriageResponseOverdueRemindsWhoOwedIt() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null);
        String requestId = "req-" + UUID.randomUUID();
        TestKafka.publish(new TriageResponseOverdue(requestId, scenario.accountId, TriageClock.WAITING_ON_AE,
                Scenario.AE, OffsetDateTime.parse("2026-12-08T15:00:00Z")));

        Mail mail = Mails.awaitOne(found -> found.subject().contains(requestId));
        assertThat(mail.to()).containsExactly(Scenario.AE_EMAIL);
        assertThat(mail.subject()).startsWith("Overdue: give the SA the information the request is missing");
        assertThat(mail.text()).contains("passed at 2026-12-08 15:00 UTC");
    }

    @Test
    void aTaskDueSoonRemindsItsAssigneeOncePerDueDate() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(Scenario.CSM);
        String taskId = "task-" + UUID.randomUUID();
        String title = "Hold the kickoff call " + taskId;
        TaskDueSoon dueSoon = new TaskDueSoon(taskId, "h-1", scenario.accountId, title, Scenario.CSM,
                LocalDate.of(2026, 12, 10));
        TestKafka.publish(dueSoon);

        Mail mail = Mails.awaitOne(found -> found.subject().contains(taskId));
        assertThat(mail.to()).containsExactly(Scenario.CSM_EMAIL);
        assertThat(mail.subject()).isEqualTo("Due on 2026-12-10: " + title + " (" + scenario.accountName + ")");
        assertThat(mail.text()).contains("Hello Casey Success,").contains("is due on 2026-12-10");

        TestKafka.publish(dueSoon);
        awaitConsumed(Topics.HANDOFF_EVENTS);
        dispatcher.dispatchDue();
        Probe.sentOnce(scenario.accountId, "task-due-soon");
    }

    @Test
    void aSlackApprovalDueSoonRemindsTheApproverAndAnOverdueOneWithoutApproverIsSkipped() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(Scenario.CSM);
        String channelId = "ch-" + UUID.randomUUID();
        OffsetDateTime dueAt = OffsetDateTime.parse("2026-12-09T12:00:00Z");
        TestKafka.publish(new SlackApprovalOverdue(channelId, scenario.accountId, ChannelKind.CUSTOMER, null, dueAt));
        TestKafka.publish(new SlackApprovalDueSoon(channelId, scenario.accountId, ChannelKind.CUSTOMER, Scenario.CSM,
                dueAt));

        Mail mail = Mails.awaitOne(found -> found.to().contains(Scenario.CSM_EMAIL)
                && found.subject().contains(scenario.accountName));
        assertThat(mail.subject()).isEqualTo("Due soon: your approval of a customer Slack channel for "
                + scenario.accountName);
        assertThat(mail.text()).contains("(request " + channelId + ") waits for your approval, due at"
                + " 2026-12-09 12:00 UTC");
        assertThat(Probe.notifications(scenario.accountId)).singleElement()
                .satisfies(notice -> assertThat(notice.template).isEqualTo("slack-approval-reminder"));
    }

    /** slack-channel-service republishes the request when its approver is named later. */
    @Test
    void anEligibleChannelRequestAsksItsApproverOnceAndOneWithoutApproverOrNotEligibleAsksNobody() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(Scenario.CSM);
        String channelId = "ch-" + UUID.randomUUID();
        String notEligible = "ch-" + UUID.randomUUID();
        TestKafka.publish(requested(scenario, channelId, true, null));
        TestKafka.publish(requested(scenario, notEligible, false, Scenario.CSM));
        TestKafka.publish(requested(scenario, channelId, true, Scenario.CSM));

        Mail mail = Mails.awaitOne(found -> found.to().contains(Scenario.CSM_EMAIL)
                && found.subject().contains(scenario.accountName));
        assertThat(mail.subject()).isEqualTo("Your approval: a customer Slack channel for " + scenario.accountName);
        assertThat(mail.text()).contains("Hello Casey Success,").contains("Sam Architect asked for a customer Slack"
                + " channel for " + scenario.accountName + " (request " + channelId + "): Kickoff. It is eligible and"
                + " waits for your approval.");

        TestKafka.publish(requested(scenario, channelId, true, Scenario.CSM));
        awaitConsumed(Topics.SLACK_EVENTS);
        dispatcher.dispatchDue();
        Probe.sentOnce(scenario.accountId, "slack-approval-requested");
        assertThat(Probe.notifications(scenario.accountId)).hasSize(1);
    }

    private static SlackChannelRequested requested(Scenario scenario, String channelId, boolean eligible,
            String approverId) {
        return new SlackChannelRequested(channelId, scenario.accountId, ChannelKind.CUSTOMER, Scenario.SA, null,
                "Kickoff", eligible, List.of(), approverId);
    }

    @Test
    void theNewSaOfATransferredAccountIsTold() {
        Scenario scenario = new Scenario();
        scenario.publishAccount(null);
        Scenario.publishOtherSa();
        TestKafka.publish(new AccountSaTransferred(scenario.accountId, Scenario.SA, Scenario.OTHER_SA,
                "triage.account-sa.leader-decision", "The SA leader rebalanced the AMER accounts.", "lead-1"));

        Mail mail = Mails.awaitOne(found -> found.to().contains(Scenario.OTHER_SA_EMAIL)
                && found.subject().contains(scenario.accountName));
        assertThat(mail.subject()).isEqualTo(scenario.accountName + " is now your account");
        assertThat(mail.text()).contains("Hello Riley Architect,")
                .contains("taking over from Sam Architect. The SA leader rebalanced the AMER accounts.");
    }

    private static void awaitConsumed(String topic) {
        await().atMost(Mails.PATIENCE).until(() -> TestKafka.consumedToEnd("notification-service", topic));
    }
}
