package dev.seamless.events.triage;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.Reason;
import dev.seamless.events.validation.Defaults;
import dev.seamless.events.validation.Required;
import java.util.List;

/**
 * A triage request did not qualify for an SA engagement; {@code route} says where it went instead (e.g.
 * {@code OFFICE_HOURS} with its response target), {@code reasons} why.
 */
public record TriageRequestDeclined(
        @Required String requestId,
        @Required String accountId,
        String opportunityId,
        @Required String route,
        List<String> labels,
        @Required List<Reason> reasons,
        @Required String policyVersion) implements SeamlessEvent {

    public TriageRequestDeclined {
        labels = Defaults.listOrEmpty(labels);
        reasons = Defaults.listOrEmpty(reasons);
    }

    @Override
    public String partitionKey() {
        return accountId;
    }
}
