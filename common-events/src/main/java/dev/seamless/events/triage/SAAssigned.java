package dev.seamless.events.triage;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Defaults;
import dev.seamless.events.validation.Required;
import java.util.List;

/**
 * An SA was assigned to a triage request. {@code previousSaId} is present on reassignment (which starts an SA to SA
 * handoff). {@code reason} names the rule that decided; {@code candidates} are all SAs considered, ranked, under
 * policy {@code policyVersion}.
 */
public record SAAssigned(
        @Required String requestId,
        @Required String accountId,
        String opportunityId,
        @Required String saId,
        String previousSaId,
        @Required String reason,
        List<RankedCandidate> candidates,
        @Required String policyVersion) implements SeamlessEvent {

    public SAAssigned {
        candidates = Defaults.listOrEmpty(candidates);
    }

    @Override
    public String partitionKey() {
        return accountId;
    }
}
