package dev.seamless.events.slack;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.validation.Required;
import java.time.OffsetDateTime;

/** An ephemeral channel will be archived at {@code expiresAt}; {@code ownerId} is reminded. */
public record SlackChannelExpiring(
        @Required String channelId,
        @Required String accountId,
        @Required ChannelKind kind,
        String slackChannelId,
        @Required String ownerId,
        @Required OffsetDateTime expiresAt) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
