package dev.seamless.events.triage;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.types.Reason;
import dev.seamless.events.validation.Defaults;
import dev.seamless.events.validation.Required;
import java.util.List;

/**
 * A triage request qualified for SA help; {@code route} says which kind (e.g. {@code SA_ENGAGEMENT},
 * {@code ASYNC_ONLY}), {@code reasons} every rule that decided it.
 */
public record TriageRequestQualified(
        @Required String requestId,
        @Required String accountId,
        String opportunityId,
        @Required String route,
        List<String> labels,
        @Required List<Reason> reasons,
        @Required String policyVersion) implements SeamlessEvent {

    public TriageRequestQualified {
        labels = Defaults.listOrEmpty(labels);
        reasons = Defaults.listOrEmpty(reasons);
    }

    @Override
    public String partitionKey() {
        return accountId;
    }
}
