package dev.seamless.events.triage;

import dev.seamless.events.SeamlessEvent;
import dev.seamless.events.validation.Defaults;
import dev.seamless.events.validation.Required;
import java.util.List;

/** The labels of a triage request on the board changed; {@code changedBy} is a person id or {@code system}. */
public record TriageLabelsChanged(
        @Required String requestId,
        @Required String accountId,
        @Required List<String> labels,
        List<String> added,
        List<String> removed,
        @Required String changedBy) implements SeamlessEvent {

    public TriageLabelsChanged {
        labels = Defaults.listOrEmpty(labels);
        added = Defaults.listOrEmpty(added);
        removed = Defaults.listOrEmpty(removed);
    }

    @Override
    public String partitionKey() {
        return accountId;
    }
}
