package dev.seamless.notification.delivery;

import dev.seamless.messaging.Failures;
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
 * Sends due notifications through SMTP, at most once each. A notification is claimed, marked SENDING with the time of
 * the claim and committed, right before it is handed to SMTP, one at a time: only the mail in SMTP's hands is ever
 * SENDING, so the abandoned check cannot take a mail still waiting its turn in a long batch for one whose sender
 * stopped. If the service stops mid-send the notification stays SENDING, and once it has been so for
 * {@code seamless.mail.abandoned-after} it is reported FAILED ("outcome unknown") instead of being sent a second time.
 * An outcome SMTP did give is recorded even across a database outage, within that same time.
 * A transient SMTP failure is retried on the {@link RetrySchedule}; a permanent one fails at once. Several instances
 * share the work: a notification another instance claimed or settled meanwhile is skipped.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    private static final int SKIP_LOCKED = -2;

    @Inject
    MailSender sender;

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
        for (UUID id : QuarkusTransaction.requiringNew().call(this::dueNow)) {
            try {
                QuarkusTransaction.requiringNew().call(() -> claim(id)).ifPresent(this::deliver);
            } catch (RuntimeException e) {
                // a claimed row stays SENDING and is settled as "outcome unknown" later; the others go on
                LOG.errorf("Could not settle notification %s: %s", id, Failures.describe(e));
            }
        }
    }

    /** Reports notifications stuck in SENDING (their sender stopped mid-send) as failed, without resending them. */
    @Scheduled(every = "${seamless.mail.abandoned-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void settleAbandoned() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery(
                "from Notification where status = :status and claimedAt < :cutoff order by claimedAt",
                Notification.class)
                .setParameter("status", NotificationStatus.SENDING)
                .setParameter("cutoff", OffsetDateTime.now(clock).minus(abandonedAfter))
                .setMaxResults(batchSize)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, SKIP_LOCKED)
                .getResultList()
                .forEach(notification -> notifications.fail(notification, "delivery outcome unknown: the mail was"
                        + " being handed to SMTP at " + notification.claimedAt + " when its sender stopped;"
                        + " not resent, so that it cannot arrive twice")));
    }

    /** The notifications due now, oldest first; nothing is claimed yet. */
    private List<UUID> dueNow() {
        return entityManager.createQuery("select id from Notification where status = :status"
                + " and nextAttemptAt <= :now order by nextAttemptAt", UUID.class)
                .setParameter("status", NotificationStatus.PENDING)
                .setParameter("now", OffsetDateTime.now(clock))
                .setMaxResults(batchSize)
                .getResultList();
    }

    /**
     * Takes the notification for sending if it is still due and no other dispatcher holds it: SENDING, claimed now,
     * one more attempt. Empty when it was claimed, sent or failed meanwhile.
     */
    private Optional<Notification> claim(UUID id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Notification> due = entityManager.createQuery("from Notification where id = :id"
                + " and status = :status and nextAttemptAt <= :now", Notification.class)
                .setParameter("id", id)
                .setParameter("status", NotificationStatus.PENDING)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, SKIP_LOCKED)
                .getResultStream().findFirst();
        due.ifPresent(notification -> {
            notification.status = NotificationStatus.SENDING;
            notification.claimedAt = now;
            notification.attempts++;
        });
        return due;
    }

    private void deliver(Notification claimed) {
        RuntimeException failure = null;
        try {
            sender.send(claimed);
        } catch (RuntimeException e) {
            failure = e;
        }
        RuntimeException outcome = failure;
        recordWhileTheDatabaseIsBack(claimed, () -> QuarkusTransaction.requiringNew().run(() -> stillClaimed(claimed)
                .ifPresent(sending -> {
                    if (outcome == null) {
                        notifications.markSent(sending);
                    } else {
                        afterFailedAttempt(sending, outcome);
                    }
                })));
    }

    /**
     * The outcome of a send is known once SMTP answered: a database outage must not turn it into "outcome unknown".
     * Recording it is retried while the database is unreachable, for as long as the claim holds
     * ({@code seamless.mail.abandoned-after}); after that the abandoned check may already have settled it.
     */
    private void recordWhileTheDatabaseIsBack(Notification claimed, Runnable record) {
        OffsetDateTime deadline = claimed.claimedAt.plus(abandonedAfter);
        long pauseMillis = 200;
        while (true) {
            try {
                record.run();
                return;
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e) || !OffsetDateTime.now(clock).isBefore(deadline)) {
                    throw e;
                }
                LOG.warnf("Could not record the outcome of notification %s yet (%s); trying again in %d ms",
                        claimed.id, Failures.describe(e), pauseMillis);
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pauseMillis = Math.min(pauseMillis * 2, 5_000);
            }
        }
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

    /** The notification, locked, if it is still in the state this dispatcher's claim left it in. */
    private Optional<Notification> stillClaimed(Notification claimed) {
        Notification notification = Notification.findById(claimed.id, LockModeType.PESSIMISTIC_WRITE);
        if (notification.status != NotificationStatus.SENDING || notification.attempts != claimed.attempts) {
            LOG.warnf("Notification %s was settled as %s while it was being sent", claimed.id, notification.status);
            return Optional.empty();
        }
        return Optional.of(notification);
    }
}
