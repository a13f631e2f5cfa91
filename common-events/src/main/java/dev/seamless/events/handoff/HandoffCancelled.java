package dev.seamless.events.handoff;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.Reason;
import dev.seamless.events.validation.Defaults;
import dev.seamless.events.validation.Required;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An open handoff was cancelled before its last task was done (e.g. the account was closed); its open tasks, listed
 * in {@code cancelledTaskIds}, were cancelled with it for the same {@code reason}.
 */
public record HandoffCancelled(
        @Required String handoffId,
        @Required String accountId,
        @Required String handoffType,
        @Required Reason reason,
        List<String> cancelledTaskIds,
        @Required OffsetDateTime cancelledAt) implements SeamlessEvent {

    public HandoffCancelled {
        cancelledTaskIds = Defaults.listOrEmpty(cancelledTaskIds);
    }

    @Override
    public String partitionKey() {
        return accountId;
    }
}
