package dev.seamless.events.crm;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.TeamRole;
import dev.seamless.events.validation.Required;

/** A person took over a role in an account team; {@code previousPersonId} is absent when the role was vacant. */
public record AccountTeamChanged(
        @Required String accountId,
        @Required TeamRole role,
        String previousPersonId,
        @Required String newPersonId) implements SeamlessEvent {

    @Override
    public String partitionKey() {
        return accountId;
    }
}
