package dev.seamless.slack.channel;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a channel is in its life: REQUESTED (waiting for its approver's decision) → APPROVED (to be created in
 * Slack) → ACTIVE → EXPIRING (ephemeral, owner reminded) → ARCHIVING (to be archived in Slack) → ARCHIVED.
 * AWAITING_APPROVER is an eligible request without the approver the seed requires (no CSM, no SA yet): it becomes
 * REQUESTED when the CRM names one. REJECTED ends a request; CONVERSION_OFFERED is an ephemeral channel at its end
 * whose account now qualifies for a customer channel.
 */
public enum ChannelStatus {
    AWAITING_APPROVER, REQUESTED, REJECTED, APPROVED, ACTIVE, EXPIRING, CONVERSION_OFFERED, ARCHIVING, ARCHIVED;

    /** Requested or existing and not on its way out: at most one per account (customer) or opportunity (ephemeral). */
    public static final Set<ChannelStatus> OPEN = EnumSet.of(AWAITING_APPROVER, REQUESTED, APPROVED, ACTIVE, EXPIRING,
            CONVERSION_OFFERED);

    /** An eligible request not decided yet, with or without its approver. */
    public static final Set<ChannelStatus> PENDING = EnumSet.of(AWAITING_APPROVER, REQUESTED);

    /** Existing in Slack and in use. */
    public static final Set<ChannelStatus> LIVE = EnumSet.of(ACTIVE, EXPIRING, CONVERSION_OFFERED);
}
