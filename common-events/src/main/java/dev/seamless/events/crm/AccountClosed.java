package dev.seamless.events.crm;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.MaxLength;
import dev.seamless.events.validation.Required;
import java.time.OffsetDateTime;

/** The account is no longer a customer or prospect: open work for it ends. */
public record AccountClosed(
        @Required String accountId,
        @Required @MaxLength(2000) String reason,
        @Required OffsetDateTime closedAt) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
