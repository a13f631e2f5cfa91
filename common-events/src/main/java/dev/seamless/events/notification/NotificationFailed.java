package dev.seamless.events.notification;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Required;

/** A notification could not be sent (no address for the recipient, SMTP refused it, ...): the reason says which. */
public record NotificationFailed(
        @Required String notificationId,
        @Required String accountId,
        @Required String template,
        String to,
        @Required String reason,
        @Required String triggeringEventId) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
