package dev.seamless.events.slack;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.validation.Required;

/** The person entitled to approve a channel request approved it. */
public record SlackChannelApproved(
        @Required String channelId,
        @Required String accountId,
        @Required ChannelKind kind,
        @Required String approvedBy) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
