package dev.seamless.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.Topics;
import dev.seamless.events.envelope.EventEnvelope;
import dev.seamless.events.handoff.TaskCreated;
import dev.seamless.events.handoff.TaskOverdue;
import dev.seamless.events.slack.SlackChannelExpiring;
import dev.seamless.events.triage.SAAssigned;
import dev.seamless.events.types.ChannelKind;
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
}
