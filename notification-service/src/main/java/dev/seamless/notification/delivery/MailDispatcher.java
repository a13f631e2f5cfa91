package dev.seamless.notification.delivery;

import dev.seamless.messaging.Failures;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.jpa.SpecHints;
import org.jboss.logging.Logger;

/**
 * Sends due notifications through SMTP, at most once each. A notification is marked SENDING, and that is committed,
 * before it is handed to SMTP: if the service stops mid-send the notification stays SENDING, and once it has been
 * so for {@code seamless.mail.abandoned-after} it is reported FAILED ("outcome unknown") instead of being sent a
 * second time. A transient SMTP failure is retried on the {@link RetrySchedule}; a permanent one fails at once.
 * Several instances share the work: each claims different rows (SKIP LOCKED).
 */
@ApplicationScoped
public class MailDispatcher {

    /** Identifies the notification in the message, for whoever traces a mail back to the audit trail. */
    public static final String NOTIFICATION_HEADER = "X-Seamless-Notification-Id";
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    private static final int SKIP_LOCKED = -2;

    @Inject
    Mailer mailer;

    @Inject
    NotificationService notifications;

    @Inject
    RetrySchedule retries;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @ConfigProperty(name = "seamless.mail.batch-size")
    int batchSize;

    @ConfigProperty(name = "seamless.mail.abandoned-after")
    Duration abandonedAfter;

    /** Sends what is due now; the scheduler calls it, tests too (after moving the clock). */
    @Scheduled(every = "${seamless.mail.dispatch-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void dispatchDue() {
        List<UUID> claimed = QuarkusTransaction.requiringNew().call(this::claimDue);
        for (UUID id : claimed) {
            try {
                deliver(id);
            } catch (RuntimeException e) {
                // the row stays SENDING and is settled as "outcome unknown" later; the others go on
                LOG.errorf("Could not settle notification %s: %s", id, Failures.describe(e));
            }
        }
    }

    /** Reports notifications stuck in SENDING (their sender stopped mid-send) as failed, without resending them. */
    @Scheduled(every = "${seamless.mail.abandoned-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void settleAbandoned() {
        QuarkusTransaction.requiringNew().run(() -> lock(
                "from Notification where status = :status and claimedAt < :cutoff order by claimedAt",
                NotificationStatus.SENDING, OffsetDateTime.now(clock).minus(abandonedAfter))
                .forEach(notification -> notifications.fail(notification, "delivery outcome unknown: the mail was"
                        + " being handed to SMTP at " + notification.claimedAt + " when its sender stopped;"
                        + " not resent, so that it cannot arrive twice")));
    }

    private List<UUID> claimDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Notification> due = lock("from Notification where status = :status and nextAttemptAt <= :cutoff"
                + " order by nextAttemptAt", NotificationStatus.PENDING, now);
        for (Notification notification : due) {
            notification.status = NotificationStatus.SENDING;
            notification.claimedAt = now;
            notification.attempts++;
        }
        return due.stream().map(notification -> notification.id).toList();
    }

    private List<Notification> lock(String query, NotificationStatus status, OffsetDateTime cutoff) {
        return entityManager.createQuery(query, Notification.class)
                .setParameter("status", status)
                .setParameter("cutoff", cutoff)
                .setMaxResults(batchSize)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, SKIP_LOCKED)
                .getResultList();
    }

    private void deliver(UUID id) {
        Notification notification = QuarkusTransaction.requiringNew().call(() -> Notification.findById(id));
        try {
            mailer.send(Mail.withHtml(notification.recipient, notification.subject, notification.bodyHtml)
                    .setText(notification.bodyText)
                    .setCc(notification.ccList())
                    .addHeader(NOTIFICATION_HEADER, id.toString()));
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> stillSending(id)
                    .ifPresent(sending -> afterFailedAttempt(sending, e)));
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> stillSending(id).ifPresent(notifications::markSent));
    }

    private void afterFailedAttempt(Notification notification, RuntimeException failure) {
        String reason = Failures.describe(failure);
        if (SmtpFailures.isPermanent(failure)) {
            notifications.fail(notification, "SMTP refused the mail: " + reason);
            return;
        }
        Optional<Duration> delay = retries.delayAfter(notification.attempts);
        if (delay.isEmpty()) {
            notifications.fail(notification, "SMTP unreachable or refusing for now, given up after "
                    + notification.attempts + " attempts: " + reason);
            return;
        }
        notifications.retryLater(notification, reason, OffsetDateTime.now(clock).plus(delay.get()));
        LOG.warnf("Notification %s not sent (attempt %d of %d, next in %s): %s", notification.id,
                notification.attempts, retries.maxAttempts(), delay.get(), reason);
    }

    /** The notification, locked, if it is still this dispatcher's to settle. */
    private Optional<Notification> stillSending(UUID id) {
        Notification notification = Notification.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (notification.status != NotificationStatus.SENDING) {
            LOG.warnf("Notification %s was settled as %s while it was being sent", id, notification.status);
            return Optional.empty();
        }
        return Optional.of(notification);
    }
}
