package dev.seamless.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.seamless.events.Topics;
import dev.seamless.events.handoff.TaskOverdue;
import dev.seamless.events.notification.NotificationFailed;
import dev.seamless.events.notification.NotificationSent;
import dev.seamless.events.support.CustomerInquiryReceived;
import dev.seamless.messaging.consume.DeadLetters;
import dev.seamless.notification.delivery.MailDispatcher;
import dev.seamless.notification.delivery.MailSender;
import dev.seamless.notification.delivery.Notification;
import dev.seamless.notification.delivery.NotificationStatus;
import dev.seamless.testsupport.SmtpSink;
import dev.seamless.testsupport.TestClock;
import dev.seamless.testsupport.TestKafka;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeliveryTest {

    @Inject
    MailDispatcher dispatcher;

    @Inject
    MailSender sender;

    @ConfigProperty(name = "seamless.mail.abandoned-after")
    Duration abandonedAfter;

    @ConfigProperty(name = "seamless.mail.batch-size")
    int batchSize;

    @ConfigProperty(name = "quarkus.mailer.timeout")
    Duration mailerTimeout;

    @ConfigProperty(name = "seamless.mail.initial-backoff")
    Duration initialBackoff;

    @ConfigProperty(name = "seamless.mail.max-attempts")
    int maxAttempts;

    @Test
    void anSmtpOutageIsRetriedWithGrowingBackOffAndTheMailEndsSentOnce() {
        Scenario scenario = new Scenario();
        SmtpOutage outage = SmtpOutage.begin();
        try {
            String taskId = publishOverdueTask(scenario);
            awaitAttempts(scenario.accountId, 0);
            dispatcher.dispatchDue();
            Notification first = awaitAttempts(scenario.accountId, 1);
            assertThat(first.status).isEqualTo(NotificationStatus.PENDING);
            assertThat(first.failureReason).isNotBlank();
            assertThat(Duration.between(first.claimedAt, first.nextAttemptAt)).isEqualTo(initialBackoff);

            TestClock.INSTANCE.set(first.nextAttemptAt.toInstant());
            dispatcher.dispatchDue();
            Notification second = awaitAttempts(scenario.accountId, 2);
            assertThat(second.status).isEqualTo(NotificationStatus.PENDING);
            assertThat(Duration.between(second.claimedAt, second.nextAttemptAt))
                    .isEqualTo(initialBackoff.multipliedBy(2));

            outage.end();
            TestClock.INSTANCE.set(second.nextAttemptAt.toInstant());
            dispatcher.dispatchDue();
            Mails.awaitOne(mail -> mail.subject().contains(taskId));
            Notification sent = awaitStatus(scenario.accountId, NotificationStatus.SENT);
            assertThat(sent.attempts).isEqualTo(3);
            await().atMost(Mails.PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(
                    Topics.NOTIFICATION_EVENTS, NotificationSent.class,
                    event -> event.accountId().equals(scenario.accountId))).hasSize(1));
            dispatcher.dispatchDue();
            assertThat(Mails.matching(mail -> mail.subject().contains(taskId))).hasSize(1);
        } finally {
            outage.end();
        }
    }

    @Test
    void anOutageLongerThanEveryRetryEndsFailedWithTheReason() {
        Scenario scenario = new Scenario();
        SmtpOutage outage = SmtpOutage.begin();
        try {
            publishOverdueTask(scenario);
            awaitAttempts(scenario.accountId, 0);
            dispatcher.dispatchDue();
            for (int attempt = 1; attempt < maxAttempts; attempt++) {
                Notification pending = awaitAttempts(scenario.accountId, attempt);
                assertThat(pending.status).isEqualTo(NotificationStatus.PENDING);
                TestClock.INSTANCE.set(pending.nextAttemptAt.toInstant());
                dispatcher.dispatchDue();
            }
            Notification failed = awaitStatus(scenario.accountId, NotificationStatus.FAILED);
            assertThat(failed.attempts).isEqualTo(maxAttempts);
            assertThat(failed.failureReason).startsWith("SMTP unreachable or refusing for now, given up after "
                    + maxAttempts + " attempts");
            await().atMost(Mails.PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(
                    Topics.NOTIFICATION_EVENTS, NotificationFailed.class,
                    event -> event.accountId().equals(scenario.accountId))).singleElement()
                    .satisfies(event -> assertThat(event.reason()).isEqualTo(failed.failureReason)));
        } finally {
            outage.end();
        }
    }

    @Test
    void aMailWhoseSenderStoppedMidSendIsReportedOutcomeUnknownAndNeverResent() {
        Scenario scenario = new Scenario();
        OffsetDateTime now = OffsetDateTime.now(TestClock.INSTANCE);
        Notification abandoned = QuarkusTransaction.requiringNew().call(() -> {
            Notification notification = new Notification();
            notification.id = UUID.randomUUID();
            notification.accountId = scenario.accountId;
            notification.template = "task-overdue";
            notification.occasion = "test:" + notification.id;
            notification.recipientKey = "person:" + Scenario.CSM;
            notification.recipientId = Scenario.CSM;
            notification.recipient = Scenario.CSM_EMAIL;
            notification.cc = new String[0];
            notification.subject = "Abandoned " + notification.id;
            notification.bodyText = "text";
            notification.bodyHtml = "<p>html</p>";
            notification.status = NotificationStatus.SENDING;
            notification.decisionRule = "test";
            notification.decisionReason = "test";
            notification.decisionInputs = "{}";
            notification.triggeringEventId = "test-" + notification.id;
            notification.attempts = 1;
            notification.createdAt = now.minusMinutes(6);
            notification.claimedAt = now.minusMinutes(6);
            notification.persist();
            return notification;
        });

        dispatcher.settleAbandoned();

        Notification settled = awaitStatus(scenario.accountId, NotificationStatus.FAILED);
        assertThat(settled.id).isEqualTo(abandoned.id);
        assertThat(settled.failureReason).startsWith("delivery outcome unknown");
        dispatcher.dispatchDue();
        assertThat(Mails.matching(mail -> mail.subject().equals(abandoned.subject))).isEmpty();
    }

    @Test
    void aDispatchOutlastingAbandonedAfterNeitherFailsAMailItHadNotTriedNorSendsAFailedOne() {
        dispatcher.dispatchDue(); // what earlier tests left due, so that this account's mails fit in one batch
        Scenario scenario = new Scenario();
        // more mails than can be sent within abandoned-after if each send takes as long as SMTP may
        int mails = (int) (abandonedAfter.toSeconds() / mailerTimeout.toSeconds()) + 2;
        assertThat(mails).isLessThanOrEqualTo(batchSize);
        String[] taskIds = new String[mails];
        for (int i = 0; i < mails; i++) {
            taskIds[i] = publishOverdueTask(scenario);
        }
        await().atMost(Mails.PATIENCE).until(() -> Probe.notifications(scenario.accountId).size() == mails);
        whileSendingTo(scenario.accountId, () -> {
            TestClock.INSTANCE.advance(mailerTimeout);
            dispatcher.settleAbandoned();
        });

        dispatcher.dispatchDue();

        assertSentOnceEach(scenario, taskIds);
    }

    @Test
    void aNotificationAnotherDispatcherSentMeanwhileIsSkipped() {
        Scenario scenario = new Scenario();
        String firstTask = publishOverdueTask(scenario);
        String secondTask = publishOverdueTask(scenario);
        await().atMost(Mails.PATIENCE).until(() -> Probe.notifications(scenario.accountId).size() == 2);
        AtomicBoolean once = new AtomicBoolean();
        whileSendingTo(scenario.accountId, () -> {
            if (once.compareAndSet(false, true)) {
                dispatcher.dispatchDue();
            }
        });

        dispatcher.dispatchDue();

        assertSentOnceEach(scenario, firstTask, secondTask);
    }

    @Test
    void anInvalidRecordIsDeadLetteredWithItsReasonAndTheNextOneIsApplied() {
        Scenario scenario = new Scenario();
        String missingContactEmail = """
                {"specversion":"1.0","id":"%s","source":"urn:support-desk","type":"CustomerInquiryReceived",
                 "datacontenttype":"application/json",
                 "data":{"accountId":"%s","contactName":"Robin Dev","subject":"Help","receivedBy":"%s"}}"""
                .formatted(UUID.randomUUID(), scenario.accountId, Scenario.SA);
        TestKafka.publishRaw(Topics.SUPPORT_INQUIRIES, scenario.accountId, missingContactEmail);
        scenario.publishAccount(null);
        String opportunityId = "opp-" + UUID.randomUUID();
        TestKafka.publish(scenario.stage(opportunityId, "6-Awaiting Signature", "Closed Won"));
        await().atMost(Mails.PATIENCE).until(() -> Probe.opportunityKnown(opportunityId));
        TestKafka.publish(new CustomerInquiryReceived(scenario.accountId, scenario.colleagueEmail, "Robin Dev",
                "Help", Scenario.SA));

        Mails.awaitOneTo(scenario.colleagueEmail);
        ConsumerRecord<String, byte[]> deadLetter = await().atMost(Mails.PATIENCE).until(() -> TestKafka
                .records(Topics.deadLetterOf(Topics.SUPPORT_INQUIRIES)).stream()
                .filter(record -> scenario.accountId.equals(record.key())).findFirst().orElse(null),
                record -> record != null);
        assertThat(TestKafka.header(deadLetter, DeadLetters.REASON)).contains("data.contactEmail is required");
        assertThat(TestKafka.header(deadLetter, DeadLetters.CONSUMER)).isEqualTo("notification-service");
    }

    /**
     * Runs {@code meanwhile} each time a mail of the account has reached SMTP, before the dispatcher learns it was
     * accepted: what happens while a send takes its time.
     */
    private void whileSendingTo(String accountId, Runnable meanwhile) {
        MailSender smtp = ClientProxy.unwrap(sender);
        QuarkusMock.installMockForType(new MailSender() {
            @Override
            public void send(Notification notification) {
                smtp.send(notification);
                if (notification.accountId.equals(accountId)) {
                    meanwhile.run();
                }
            }
        }, MailSender.class);
    }

    private static void assertSentOnceEach(Scenario scenario, String... taskIds) {
        assertThat(Probe.notifications(scenario.accountId)).hasSize(taskIds.length).allSatisfy(notification -> {
            assertThat(notification.status).isEqualTo(NotificationStatus.SENT);
            assertThat(notification.attempts).isEqualTo(1);
        });
        for (String taskId : taskIds) {
            assertThat(Mails.matching(mail -> mail.subject().contains(taskId))).hasSize(1);
        }
        await().atMost(Mails.PATIENCE).untilAsserted(() -> assertThat(TestKafka.events(
                Topics.NOTIFICATION_EVENTS, NotificationSent.class,
                event -> event.accountId().equals(scenario.accountId))).hasSize(taskIds.length));
        assertThat(TestKafka.events(Topics.NOTIFICATION_EVENTS, NotificationFailed.class,
                event -> event.accountId().equals(scenario.accountId))).isEmpty();
    }

    private static String publishOverdueTask(Scenario scenario) {
        String taskId = "task-" + UUID.randomUUID();
        TestKafka.publish(new TaskOverdue(taskId, "h-1", scenario.accountId, "Send the success plan " + taskId,
                Scenario.CSM, LocalDate.of(2026, 11, 30)));
        return taskId;
    }

    private static Notification awaitAttempts(String accountId, int attempts) {
        return await().atMost(Mails.PATIENCE).until(() -> only(accountId),
                notification -> notification != null && notification.attempts == attempts
                        && notification.status != NotificationStatus.SENDING);
    }

    private static Notification awaitStatus(String accountId, NotificationStatus status) {
        return await().atMost(Mails.PATIENCE).until(() -> only(accountId),
                notification -> notification != null && notification.status == status);
    }

    private static Notification only(String accountId) {
        return Probe.notifications(accountId).stream().findFirst().orElse(null);
    }

    /** The SMTP server stopped until {@link #end()}, which is safe to call twice. */
    private static final class SmtpOutage {

        private boolean down = true;

        static SmtpOutage begin() {
            SmtpSink.stop();
            return new SmtpOutage();
        }

        void end() {
            if (down) {
                SmtpSink.start();
                down = false;
            }
        }
    }
}
