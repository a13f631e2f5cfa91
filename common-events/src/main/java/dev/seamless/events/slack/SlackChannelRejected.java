package dev.seamless.events.slack;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.validation.Required;

/** A channel request was rejected, by a person or by the eligibility rules ({@code rejectedBy=system}). */
public record SlackChannelRejected(
        @Required String channelId,
        @Required String accountId,
        @Required ChannelKind kind,
        @Required String rejectedBy,
        @Required String reason) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
