package dev.seamless.events.slack;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.validation.Required;
import java.time.OffsetDateTime;

/** The channel exists in Slack; {@code expiresAt} is set for ephemeral channels. */
public record SlackChannelCreated(
        @Required String channelId,
        @Required String accountId,
        @Required ChannelKind kind,
        @Required String slackChannelId,
        @Required String channelName,
        OffsetDateTime expiresAt) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
