package dev.seamless.events.notification;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Defaults;
import dev.seamless.events.validation.Required;
import java.util.List;

/** An email left through SMTP: which template, to whom, and the event that caused it. */
public record NotificationSent(
        @Required String notificationId,
        @Required String accountId,
        @Required String template,
        @Required String to,
        List<String> cc,
        @Required String subject,
        @Required String triggeringEventId) implements SeamlessEvent {

    public NotificationSent {
        cc = Defaults.listOrEmpty(cc);
    }

    @Override
    public String partitionKey() {
        return accountId;
    }
}
