package dev.seamless.events.slack;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.validation.Required;

/** A channel was archived in Slack, with the reason (expiry, opportunity closed, account closed, ...). */
public record SlackChannelArchived(
        @Required String channelId,
        @Required String accountId,
        @Required ChannelKind kind,
        String slackChannelId,
        @Required String reason) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
