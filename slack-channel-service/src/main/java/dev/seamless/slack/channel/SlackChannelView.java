package dev.seamless.slack.channel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seamless.events.types.ChannelKind;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A channel as the API shows it: the request, its eligibility decision (every check with its rule, message and
 * outcome, and the inputs), the approvals, and what happened in Slack. Sections that do not apply yet are null.
 */
public record SlackChannelView(UUID id, String accountId, ChannelKind kind, ChannelStatus status, String requestedBy,
        String opportunityId, String purpose, String exception, OffsetDateTime requestedAt, Eligibility eligibility,
        Approvals approvals, ApprovalClock approvalClock, Rejection rejection, Slack slack, Conversion conversion,
        Archive archive, Provisioning provisioning) {

    public record Eligibility(boolean eligible, JsonNode checks, JsonNode inputs) {
    }

    /**
     * Who must approve and who did. {@code waitingBecause} says why a request is AWAITING_APPROVER; a
     * {@code ...ByProxy} names the person who decided on behalf of the {@code ...By} person.
     */
    public record Approvals(String expectedApproverId, String waitingBecause, boolean exceptionApprovalRequired,
            String approvedBy, String approvedByProxy, OffsetDateTime approvedAt, String exceptionApprovedBy,
            String exceptionApprovedByProxy, OffsetDateTime exceptionApprovedAt) {
    }

    /** The clock on the approval: due, reminded (SlackApprovalDueSoon), breached (SlackApprovalOverdue). */
    public record ApprovalClock(OffsetDateTime dueAt, OffsetDateTime remindedAt, OffsetDateTime breachedAt) {
    }

    public record Rejection(String rejectedBy, String rejectedByProxy, String reason, OffsetDateTime rejectedAt) {
    }

    public record Slack(String channelId, String channelName, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime reminderSentAt, JsonNode invitees) {
    }

    public record Conversion(OffsetDateTime offeredAt, JsonNode checks, String approvedBy, String approvedByProxy,
            OffsetDateTime approvedAt) {
    }

    public record Archive(String reason, OffsetDateTime requestedAt, OffsetDateTime archivedAt) {
    }

    /**
     * Slack work: failed attempts of the current work, the last error, the next attempt while still pending, and
     * until when a worker holds it while it is being done.
     */
    public record Provisioning(int attempts, String lastError, OffsetDateTime nextAttemptAt,
            OffsetDateTime claimedUntil) {
    }

    public static SlackChannelView of(SlackChannel channel) {
        return new SlackChannelView(channel.id, channel.accountId, channel.kind, channel.status, channel.requestedBy,
                channel.opportunityId, channel.purpose, channel.exceptionType, channel.requestedAt,
                new Eligibility(channel.eligible, JsonText.read(channel.decisionReasons),
                        JsonText.read(channel.decisionInputs)),
                new Approvals(channel.approverId, channel.awaitingApproverReason, channel.exceptionApprovalRequired,
                        channel.approvedBy, channel.approvedByProxy, channel.approvedAt, channel.exceptionApprovedBy,
                        channel.exceptionApprovedByProxy, channel.exceptionApprovedAt),
                channel.approvalDueAt == null ? null
                        : new ApprovalClock(channel.approvalDueAt, channel.approvalRemindedAt,
                                channel.approvalBreachedAt),
                channel.rejectedBy == null ? null
                        : new Rejection(channel.rejectedBy, channel.rejectedByProxy, channel.rejectionReason,
                                channel.rejectedAt),
                channel.channelName == null ? null
                        : new Slack(channel.slackChannelId, channel.channelName, channel.createdAt, channel.expiresAt,
                                channel.reminderSentAt, JsonText.read(channel.invitees)),
                channel.conversionOfferedAt == null ? null
                        : new Conversion(channel.conversionOfferedAt, JsonText.read(channel.conversionReasons),
                                channel.conversionApprovedBy, channel.conversionApprovedByProxy,
                                channel.conversionApprovedAt),
                channel.archiveReason == null ? null
                        : new Archive(channel.archiveReason, channel.archiveRequestedAt, channel.archivedAt),
                channel.nextAttemptAt == null && channel.provisioningAttempts == 0 ? null
                        : new Provisioning(channel.provisioningAttempts, channel.lastError, channel.nextAttemptAt,
                                channel.claimedUntil));
    }
}
