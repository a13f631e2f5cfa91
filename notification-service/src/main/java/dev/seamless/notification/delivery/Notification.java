package dev.seamless.notification.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One email: whom it is for, its rendered content, the rule that chose its template (with the inputs it looked at),
 * and where its delivery stands. Rows are never deleted: together they are the audit trail.
 */
@Entity
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;
    public String accountId;
    public String template;
    /** What the notification is about; see {@link PlannedEmail#occasion()}. */
    public String occasion;
    /** Who it is for; see {@link Recipient#key(String)}. */
    public String recipientKey;
    /** The person id when the recipient is one of our people. */
    public String recipientId;
    /** The address, absent when none is known (the notification then failed). */
    public String recipient;
    public String[] cc;
    /** Where replies go when not to the sending mailbox (the SA a redirection speaks for). */
    public String replyTo;
    public String subject;
    public String bodyText;
    public String bodyHtml;
    @Enumerated(EnumType.STRING)
    public NotificationStatus status;
    /** Why it failed, or why it is WAITING or WITHDRAWN. */
    public String failureReason;
    public String decisionRule;
    public String decisionReason;
    /** The inputs the rule looked at, as JSON. */
    public String decisionInputs;
    /** The CloudEvents id of the event that caused it, or the id of the API request. */
    public String triggeringEventId;
    public int attempts;
    public OffsetDateTime nextAttemptAt;
    /** When a dispatcher took it for sending (status SENDING). */
    public OffsetDateTime claimedAt;
    public OffsetDateTime createdAt;
    public OffsetDateTime sentAt;
    /** The handoff-service PostSalesPathDecided it was planned on, for a CSM introduction or digital onboarding. */
    public String postSalesDecisionId;

    public List<String> ccList() {
        return List.of(cc);
    }

    /** The account's notifications of the template that wait for a missing fact. */
    public static List<Notification> waiting(String accountId, String template) {
        return list("accountId = ?1 and template = ?2 and status = ?3 order by createdAt", accountId, template,
                NotificationStatus.WAITING);
    }

    /** The account's notifications planned on a post-sales decision that still wait, whatever their template. */
    public static List<Notification> waitingOnPostSalesDecisions(String accountId) {
        return list("accountId = ?1 and postSalesDecisionId is not null and status = ?2 order by createdAt",
                accountId, NotificationStatus.WAITING);
    }

    /** The notifications planned on the decision that still wait. */
    public static List<Notification> waitingOnDecision(String postSalesDecisionId) {
        return list("postSalesDecisionId = ?1 and status = ?2 order by createdAt", postSalesDecisionId,
                NotificationStatus.WAITING);
    }

    /** The account's first notification of the template for the occasion, whoever it is addressed to. */
    public static Optional<Notification> findOnceForAnyRecipient(String accountId, String occasion,
            String template) {
        return find("accountId = ?1 and occasion = ?2 and template = ?3 order by createdAt", accountId, occasion,
                template).firstResultOptional();
    }

    public static Optional<Notification> findOnce(String occasion, String template, String recipientKey) {
        return find("occasion = ?1 and template = ?2 and recipientKey = ?3", occasion, template, recipientKey)
                .firstResultOptional();
    }
}
