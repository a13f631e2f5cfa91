package dev.seamless.events.slack;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.ChannelKind;
import dev.seamless.events.validation.Required;
import java.time.OffsetDateTime;

/**
 * A Slack channel request has waited on its approver long enough that a reminder is due before {@code dueAt}.
 * {@code approverId} is the person the seed requires (the account's CSM, or the SA for an ephemeral channel).
 */
public record SlackApprovalDueSoon(
        @Required String channelId,
        @Required String accountId,
        @Required ChannelKind kind,
        String approverId,
        @Required OffsetDateTime dueAt) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
