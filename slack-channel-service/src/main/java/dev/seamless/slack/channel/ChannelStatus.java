package dev.seamless.slack.channel;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a channel is in its life: REQUESTED (waiting for approval) → APPROVED (to be created in Slack) → ACTIVE →
 * EXPIRING (ephemeral, owner reminded) → ARCHIVING (to be archived in Slack) → ARCHIVED. REJECTED ends a request;
 * CONVERSION_OFFERED is an ephemeral channel at its end whose account now qualifies for a customer channel.
 */
public enum ChannelStatus {
    REQUESTED, REJECTED, APPROVED, ACTIVE, EXPIRING, CONVERSION_OFFERED, ARCHIVING, ARCHIVED;

    /** Requested or existing and not on its way out: at most one per account (customer) or opportunity (ephemeral). */
    public static final Set<ChannelStatus> OPEN = EnumSet.of(REQUESTED, APPROVED, ACTIVE, EXPIRING,
            CONVERSION_OFFERED);

    /** Existing in Slack and in use. */
    public static final Set<ChannelStatus> LIVE = EnumSet.of(ACTIVE, EXPIRING, CONVERSION_OFFERED);
}
