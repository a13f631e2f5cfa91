package dev.seamless.slack.channel;

import dev.seamless.events.types.ChannelKind;
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
 * ARCHIVING; a failed attempt leaves that status, counts the attempt and sets the next one.
 */
@Entity
@Table(name = "slack_channel")
public class SlackChannel extends PanacheEntityBase {

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
    public String approverId;
    public String approvedBy;
    public OffsetDateTime approvedAt;
    public String exceptionApprovedBy;
    public OffsetDateTime exceptionApprovedAt;
    public String rejectedBy;
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
    public OffsetDateTime conversionApprovedAt;
    public String archiveReason;
    public OffsetDateTime archiveRequestedAt;
    public OffsetDateTime archivedAt;
    public int provisioningAttempts;
    public String lastError;
    public OffsetDateTime nextAttemptAt;

    /** Reads the channel and locks its row until the transaction ends, so concurrent transitions queue up. */
    public static Optional<SlackChannel> lockById(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    public static List<SlackChannel> lockOpenOfAccount(String accountId) {
        return find("accountId = ?1 and status in ?2", accountId, ChannelStatus.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public static List<SlackChannel> lockOpenOfOpportunity(String opportunityId) {
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

    /** Starts (or restarts) the Slack work of the current status: the provisioner picks it up at once. */
    public void scheduleSlackWork(OffsetDateTime now) {
        provisioningAttempts = 0;
        lastError = null;
        nextAttemptAt = now;
    }

    /** Slack work is done: nothing pending any more. */
    public void slackWorkDone() {
        lastError = null;
        nextAttemptAt = null;
    }
}
