package dev.seamless.slack.channel;

import dev.seamless.events.slack.SlackApprovalDueSoon;
import dev.seamless.events.slack.SlackApprovalOverdue;
import dev.seamless.events.slack.SlackChannelApproved;
import dev.seamless.events.slack.SlackChannelArchived;
import dev.seamless.events.slack.SlackChannelCreated;
import dev.seamless.events.slack.SlackChannelExpiring;
import dev.seamless.events.slack.SlackChannelRejected;
import dev.seamless.events.slack.SlackChannelRequested;
import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.types.Reason;
import dev.seamless.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Publishes the slack.events of a channel's transitions through the outbox, in the caller's transaction. */
@ApplicationScoped
public class ChannelEvents {

    /** {@code rejectedBy} when the rules, not a person, decided. */
    public static final String SYSTEM = "system";

    @Inject
    Outbox outbox;

    public void requested(SlackChannel channel, ChannelKind kind, String requestedBy, String purpose,
            boolean eligible, List<Reason> reasons) {
        outbox.publish(new SlackChannelRequested(channel.id.toString(), channel.accountId, kind, requestedBy,
                channel.opportunityId, purpose, eligible, reasons, channel.approverId));
    }

    public void approvalDueSoon(SlackChannel channel) {
        outbox.publish(new SlackApprovalDueSoon(channel.id.toString(), channel.accountId, channel.kind,
                channel.approverId, channel.approvalDueAt));
    }

    public void approvalOverdue(SlackChannel channel) {
        outbox.publish(new SlackApprovalOverdue(channel.id.toString(), channel.accountId, channel.kind,
                channel.approverId, channel.approvalDueAt));
    }

    public void approved(SlackChannel channel, String approvedBy) {
        outbox.publish(new SlackChannelApproved(channel.id.toString(), channel.accountId, channel.kind, approvedBy));
    }

    public void rejected(SlackChannel channel, ChannelKind kind, String rejectedBy, String reason) {
        outbox.publish(new SlackChannelRejected(channel.id.toString(), channel.accountId, kind, rejectedBy, reason));
    }

    public void created(SlackChannel channel) {
        outbox.publish(new SlackChannelCreated(channel.id.toString(), channel.accountId, channel.kind,
                channel.slackChannelId, channel.channelName, channel.expiresAt));
    }

    public void expiring(SlackChannel channel) {
        outbox.publish(new SlackChannelExpiring(channel.id.toString(), channel.accountId, channel.kind,
                channel.slackChannelId, channel.requestedBy, channel.expiresAt));
    }

    public void archived(SlackChannel channel) {
        outbox.publish(new SlackChannelArchived(channel.id.toString(), channel.accountId, channel.kind,
                channel.slackChannelId, channel.archiveReason));
    }
}
