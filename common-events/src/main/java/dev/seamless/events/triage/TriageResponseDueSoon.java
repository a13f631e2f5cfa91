package dev.seamless.events.triage;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.TriageClock;
import dev.seamless.events.validation.Required;
import java.time.OffsetDateTime;

/**
 * A triage response target is due soon: a reminder to {@code personId} is due before {@code dueAt}. {@code clock} names the
 * target; {@code personId} is who owes the response (the triage SA, the request's SA, or the AE for WAITING_ON_AE).
 */
public record TriageResponseDueSoon(
        @Required String requestId,
        @Required String accountId,
        @Required TriageClock clock,
        String personId,
        @Required OffsetDateTime dueAt) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
