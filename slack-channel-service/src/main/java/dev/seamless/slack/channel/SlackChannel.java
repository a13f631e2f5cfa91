package dev.seamless.slack.channel;

import dev.seamless.events.types.ChannelKind;
import dev.seamless.messaging.locks.TransactionLocks;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A channel request and, once approved, the Slack channel it became. The eligibility decision (checks and inputs,
 * as JSON) is stored as it was made. Slack work (creating, archiving) is pending while the status is APPROVED or
 * ARCHIVING; a worker claims it for a while, and a failed attempt leaves that status, counts the attempt and sets
 * the next one.
 * <p>
 * Locks, always in this order, so that transactions on one account never wait for each other in a circle: the
 * account's channel lock, then channel rows of that account, then (when publishing) the outbox's lock of the
 * account's event key. Every row lock goes through the methods here, which take the account's lock first; the
 * provisioner's claim is the one exception, as it skips locked rows and never waits. (Two consumer batches spanning
 * the same accounts in opposite order can still deadlock; PostgreSQL aborts one and the batch processor retries it,
 * as with the outbox's own lock.)
 */
@Entity
@Table(name = "slack_channel")
public class SlackChannel extends PanacheEntityBase {

    /** First half of the two-part advisory lock keys of accounts (arbitrary, constant). */
    private static final int ACCOUNT_LOCK_NAMESPACE = 0x51ac;

    @Id
    public UUID id;
    public String accountId;
    @Enumerated(EnumType.STRING)
    public ChannelKind kind;
    @Enumerated(EnumType.STRING)
    public ChannelStatus status;
    public String requestedBy;
    public String opportunityId;
    public String purpose;
    public String exceptionType;
    public boolean exceptionApprovalRequired;
    public boolean eligible;
    /** The checks of the eligibility decision, as JSON. */
    public String decisionReasons;
    /** The inputs the eligibility rules looked at, as JSON. */
    public String decisionInputs;
    /** The approver the seed requires, as the projections say: the account's CSM, or the SA; null while none. */
    public String approverId;
    /** Why the request waits while it is AWAITING_APPROVER. */
    public String awaitingApproverReason;
    /** Whose approval was given, and the proxy who gave it on their behalf (null when they acted themselves). */
    public String approvedBy;
    public String approvedByProxy;
    public OffsetDateTime approvedAt;
    public String exceptionApprovedBy;
    public String exceptionApprovedByProxy;
    public OffsetDateTime exceptionApprovedAt;
    /** The clock on the approval: when it is due, when the reminder and the breach were published. */
    public OffsetDateTime approvalDueAt;
    public OffsetDateTime approvalRemindedAt;
    public OffsetDateTime approvalBreachedAt;
    public String rejectedBy;
    public String rejectedByProxy;
    public String rejectionReason;
    public OffsetDateTime rejectedAt;
    public String channelName;
    public String slackChannelId;
    /** Who was invited and who could not be, as JSON. */
    public String invitees;
    public OffsetDateTime requestedAt;
    public OffsetDateTime createdAt;
    public OffsetDateTime expiresAt;
    public OffsetDateTime reminderSentAt;
    public OffsetDateTime conversionOfferedAt;
    /** The checks that offered the conversion, as JSON. */
    public String conversionReasons;
    public String conversionApprovedBy;
    public String conversionApprovedByProxy;
    public OffsetDateTime conversionApprovedAt;
    public String archiveReason;
    public OffsetDateTime archiveRequestedAt;
    public OffsetDateTime archivedAt;
    public int provisioningAttempts;
    public String lastError;
    public OffsetDateTime nextAttemptAt;
    /** The claim of the worker doing the Slack work now, and until when it holds. */
    public UUID claimToken;
    public OffsetDateTime claimedUntil;
    /** When the first call that may create the channel in Slack was made: a channel of its name may exist. */
    public OffsetDateTime creationStartedAt;

    /**
     * Takes the account's channel lock until the transaction ends (before any channel row of the account; see the
     * class comment). Also makes "at most one open channel" checks of concurrent requests take turns.
     */
    public static void lockAccount(String accountId) {
        Arc.container().instance(TransactionLocks.class).get().hold(ACCOUNT_LOCK_NAMESPACE, accountId);
    }

    /** Reads the channel and locks its row until the transaction ends, so concurrent transitions queue up. */
    public static Optional<SlackChannel> lockById(UUID id) {
        Optional<String> accountId = getEntityManager()
                .createQuery("select accountId from SlackChannel where id = ?1", String.class)
                .setParameter(1, id).getResultStream().findFirst();
        accountId.ifPresent(SlackChannel::lockAccount);
        return accountId.map(locked -> SlackChannel.<SlackChannel>findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    public static List<SlackChannel> lockOpenOfAccount(String accountId) {
        lockAccount(accountId);
        return find("accountId = ?1 and status in ?2", accountId, ChannelStatus.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The account's eligible requests not decided yet, locked. */
    public static List<SlackChannel> lockPendingOfAccount(String accountId) {
        lockAccount(accountId);
        return find("accountId = ?1 and status in ?2", accountId, ChannelStatus.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public static List<SlackChannel> lockOpenOfOpportunity(String opportunityId) {
        getEntityManager().createQuery("""
                select distinct accountId from SlackChannel
                where opportunityId = ?1 and kind = ?2 and status in ?3
                order by accountId""", String.class)
                .setParameter(1, opportunityId).setParameter(2, ChannelKind.EPHEMERAL)
                .setParameter(3, ChannelStatus.OPEN)
                .getResultList().forEach(SlackChannel::lockAccount);
        return find("opportunityId = ?1 and kind = ?2 and status in ?3", opportunityId, ChannelKind.EPHEMERAL,
                ChannelStatus.OPEN).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The account's open customer channel, or an ephemeral channel offered to become it. */
    public static Optional<SlackChannel> openCustomerChannel(String accountId) {
        return find("accountId = ?1 and ((kind = ?2 and status in ?3) or status = ?4)", accountId,
                ChannelKind.CUSTOMER, ChannelStatus.OPEN, ChannelStatus.CONVERSION_OFFERED).firstResultOptional();
    }

    public static Optional<SlackChannel> openEphemeralChannel(String opportunityId) {
        return find("opportunityId = ?1 and kind = ?2 and status in ?3", opportunityId, ChannelKind.EPHEMERAL,
                ChannelStatus.OPEN).firstResultOptional();
    }

    /**
     * Whether the channel exists, or may exist, in Slack: it has a Slack id, or its creation was started and its
     * answer may have been lost. Such a channel is archived in Slack when it ends.
     */
    public boolean mayExistInSlack() {
        return slackChannelId != null || creationStartedAt != null;
    }

    /**
     * Starts (or restarts) the Slack work of the current status: the provisioner picks it up at once, or, while a
     * worker's claim on earlier work holds, once that worker has recorded its outcome.
     */
    public void scheduleSlackWork(OffsetDateTime now) {
        provisioningAttempts = 0;
        lastError = null;
        nextAttemptAt = now;
    }

    public boolean claimedBy(UUID token) {
        return token.equals(claimToken);
    }

    public void releaseClaim() {
        claimToken = null;
        claimedUntil = null;
    }

    /** Slack work is done: nothing pending any more. */
    public void slackWorkDone() {
        lastError = null;
        nextAttemptAt = null;
    }
}
