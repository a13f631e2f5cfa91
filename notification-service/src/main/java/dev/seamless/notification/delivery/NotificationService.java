package dev.seamless.notification.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.seamless.events.envelope.EventJson;
import dev.seamless.events.notification.NotificationFailed;
import dev.seamless.events.notification.NotificationSent;
import dev.seamless.messaging.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records planned emails with their rendered content and settles their outcome; every outcome goes out through the
 * outbox in the same transaction. Each (occasion, template, recipient) is recorded once, so a redelivered or
 * repeated trigger sends nothing twice.
 */
@ApplicationScoped
public class NotificationService {

    /** The notification, and whether this call recorded it (false: an earlier trigger had, and it stands). */
    public record Recorded(Notification notification, boolean recordedNow) {
    }

    @Inject
    EmailRenderer renderer;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    /**
     * Renders and records the email. One planned as waiting for a missing fact is recorded WAITING with the reason
     * (its recipients are checked when it is planned again); one whose recipients are not all known is recorded
     * FAILED at once with the reason (and {@code NotificationFailed} published); the others wait PENDING for the
     * dispatcher. The same (occasion, template, recipient) is
     * recorded once; only a notification that never left, because it failed before it was ever handed to SMTP or is
     * still WAITING, is planned again when a later event brings the same occasion (the missing address or person may
     * be known by then).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded record(PlannedEmail planned, String triggeringEventId) {
        String occasion = occasion(planned, triggeringEventId);
        return record(planned, triggeringEventId, occasion,
                Notification.findOnce(occasion, planned.template(), planned.to().key(planned.accountId())));
    }

    /**
     * Records the email as {@link #record} does, but once per account, occasion and template, whoever it is to: a
     * customer email about one deal goes out once, even when the customer's contact changed in between (the
     * notification that never left is then planned again, to the new contact).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recorded recordOncePerOccasion(PlannedEmail planned, String triggeringEventId) {
        String occasion = occasion(planned, triggeringEventId);
        return record(planned, triggeringEventId, occasion,
                Notification.findOnceForAnyRecipient(planned.accountId(), occasion, planned.template()));
    }

    private Recorded record(PlannedEmail planned, String triggeringEventId, String occasion,
            Optional<Notification> earlier) {
        if (earlier.isPresent() && !neverLeftAndPlannedAgain(earlier.get(), triggeringEventId)) {
            return new Recorded(earlier.get(), false);
        }
        Notification notification = earlier.orElseGet(Notification::new);
        if (notification.id == null) {
            notification.id = UUID.randomUUID();
            notification.accountId = planned.accountId();
            notification.template = planned.template();
            notification.occasion = occasion;
            apply(notification, planned, triggeringEventId);
            notification.persist();
        } else {
            apply(notification, planned, triggeringEventId);
        }
        return new Recorded(notification, true);
    }

    /**
     * Plans a WAITING notification again, now that the fact it waited for may be known: it is rendered anew and put in
     * line for sending (or fails, or keeps waiting, as the new plan says).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planAgain(Notification waiting, PlannedEmail planned, String triggeringEventId) {
        if (waiting.status != NotificationStatus.WAITING) {
            throw new IllegalStateException("notification " + waiting.id + " is " + waiting.status + ", not WAITING");
        }
        apply(waiting, planned, triggeringEventId);
    }

    /** Settles a WAITING notification as never to be sent: WITHDRAWN, with the reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(Notification waiting, String reason) {
        if (waiting.status != NotificationStatus.WAITING) {
            throw new IllegalStateException("notification " + waiting.id + " is " + waiting.status + ", not WAITING");
        }
        waiting.status = NotificationStatus.WITHDRAWN;
        waiting.failureReason = reason;
        waiting.nextAttemptAt = null;
        count(waiting, "withdrawn");
    }

    private void apply(Notification notification, PlannedEmail planned, String triggeringEventId) {
        RenderedEmail rendered = renderer.render(planned.template(), planned.values());
        notification.recipientKey = planned.to().key(planned.accountId());
        notification.recipientId = planned.to().personId();
        notification.recipient = planned.to().email();
        notification.cc = planned.cc().stream().map(Recipient::email).filter(email -> email != null)
                .toArray(String[]::new);
        notification.replyTo = planned.replyTo() == null ? null : planned.replyTo().email();
        notification.subject = rendered.subject();
        notification.bodyText = rendered.text();
        notification.bodyHtml = rendered.html();
        notification.decisionRule = planned.reason().rule();
        notification.decisionReason = planned.reason().message();
        notification.decisionInputs = toJson(planned);
        notification.triggeringEventId = triggeringEventId;
        notification.createdAt = OffsetDateTime.now(clock);
        List<String> problems = planned.problems();
        if (planned.waitingFor() != null) {
            // Not due yet, so not failed yet: the recipients are checked again when the missing fact arrives.
            notification.status = NotificationStatus.WAITING;
            notification.failureReason = planned.waitingFor();
            notification.nextAttemptAt = null;
        } else if (!problems.isEmpty()) {
            fail(notification, String.join("; ", problems));
        } else {
            notification.status = NotificationStatus.PENDING;
            notification.failureReason = null;
            notification.nextAttemptAt = notification.createdAt;
        }
    }

    private static String occasion(PlannedEmail planned, String triggeringEventId) {
        return planned.occasion() != null ? planned.occasion() : "event:" + triggeringEventId;
    }

    private static boolean neverLeftAndPlannedAgain(Notification earlier, String triggeringEventId) {
        boolean neverLeft = earlier.status == NotificationStatus.WAITING
                || earlier.status == NotificationStatus.FAILED && earlier.attempts == 0;
        return neverLeft && !earlier.triggeringEventId.equals(triggeringEventId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markSent(Notification notification) {
        notification.status = NotificationStatus.SENT;
        notification.sentAt = OffsetDateTime.now(clock);
        notification.failureReason = null;
        notification.nextAttemptAt = null;
        count(notification, "sent");
        outbox.publish(new NotificationSent(notification.id.toString(), notification.accountId,
                notification.template, notification.recipient, notification.ccList(), notification.subject,
                notification.triggeringEventId));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void fail(Notification notification, String reason) {
        notification.status = NotificationStatus.FAILED;
        notification.failureReason = reason;
        notification.nextAttemptAt = null;
        count(notification, "failed");
        outbox.publish(new NotificationFailed(notification.id.toString(), notification.accountId,
                notification.template, notification.recipient, reason, notification.triggeringEventId));
    }

    /** Puts a notification whose attempt failed for a passing reason back in line for {@code nextAttemptAt}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retryLater(Notification notification, String reason, OffsetDateTime nextAttemptAt) {
        notification.status = NotificationStatus.PENDING;
        notification.failureReason = reason;
        notification.nextAttemptAt = nextAttemptAt;
    }

    private void count(Notification notification, String outcome) {
        registry.counter("seamless.notifications", "template", notification.template, "outcome", outcome)
                .increment();
    }

    private static String toJson(PlannedEmail planned) {
        try {
            return EventJson.mapper().writeValueAsString(planned.inputs());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot record the decision inputs", e);
        }
    }
}
